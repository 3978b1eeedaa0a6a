import type { AppLoadContext } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { eraseMemberForGood } from "../../app/models/data-rights.server";
import { hidePost } from "../../app/models/flag.server";
import { deletePost, replyToThread, setSolution, toggleHelpful } from "../../app/models/post.server";
import { redactPostForGood } from "../../app/models/redaction.server";
import { cachedPageHtml, keepPage } from "../../app/render-cache/page-cache.server";
import {
  cachedPostItemHtml,
  postItemCacheStats,
  setPostItemCacheBytes,
} from "../../app/render-cache/post-item-cache.server";
import { loader } from "../../app/routes/t.$threadRef/route";
import type { SiteRole, Track } from "../../db/schema";
import { createMember, createMunicipality, createThread, loadContext, memberRequest } from "../factories";

const CACHE_ON = 8 * 1024 * 1024;
const SECRET = "Frederikke Quistgaard-Bøgh";

async function signedIn(role: SiteRole = "member") {
  const municipality = await createMunicipality();
  const member = await createMember({ role, municipalityId: municipality.id });
  const token = generateSessionToken();
  await createSession(getDb(), token, member.id);
  return { ...member, token };
}

/** A thread of an opening post and three replies by two members, one reply chosen as the solution. */
async function scenario(track: Track = "shared") {
  const author = await signedIn();
  const other = await signedIn();
  const moderator = await signedIn("moderator");
  const { threadId, postId: openingId } = await createThread({
    authorId: author.id,
    municipalityId: author.municipality_id,
    track,
    body: "Hvordan taler I med unge om **skolefravær**?",
  });
  const replyIds: number[] = [];
  for (const [i, by] of [other, author, other].entries()) {
    const { postId } = await writeTransaction(getDb(), (tx) =>
      replyToThread(tx, {
        threadId,
        authorId: by.id,
        body: `Svar nummer ${i + 1}: vi taler med ${i === 2 ? SECRET : "forældrene"} først.`,
        createdAt: new Date(Date.now() + i * 1000).toISOString(),
      }),
    );
    replyIds.push(postId);
  }
  await writeTransaction(getDb(), (tx) => setSolution(tx, threadId, replyIds[0] ?? null, author.id));
  const thread = await getDb()
    .selectFrom("thread")
    .select(["id", "slug"])
    .where("id", "=", threadId)
    .executeTakeFirstOrThrow();
  return { author, other, moderator, threadId, openingId, replyIds, path: `/t/${thread.id}-${thread.slug}` };
}

/** The thread page's post items as a document request renders them, in order. */
async function postItems(path: string, token: string): Promise<string[]> {
  const context: AppLoadContext = { ...loadContext(), postHtml: new Map<number, string>() };
  const [, ref] = /^\/t\/(.+)$/.exec(path) ?? [];
  const response = (await loader({
    request: memberRequest(path, token),
    params: { threadRef: ref ?? "" },
    context,
  })) as Response;
  expect(response.status).toBe(200);
  const data = (await response.json()) as { posts: { id: number; html: string | null }[] };
  return data.posts.map((post) => {
    // A document request leaves the markup out of the JSON: it travels once, in the page.
    expect(post.html).toBeNull();
    // The render gets a placeholder; the item's bytes go to entry.server.
    expect(context.postHtml?.get(post.id)).toMatch(/^<!--tvaers-post-item-/);
    return context.postItemSplice?.items.get(post.id)?.toString() ?? "";
  });
}

beforeEach(() => setPostItemCacheBytes(CACHE_ON));

describe("the thread page's post-item cache", () => {
  it("gives byte-identical post items with the cache off, on and cold, and on and warm, for every viewer variant", async () => {
    const w = await scenario();
    const newcomerThread = await scenario("newcomer");
    const helpfulMarker = await signedIn();
    await writeTransaction(getDb(), (tx) =>
      toggleHelpful(tx, w.replyIds[0] ?? 0, helpfulMarker.id, new Date().toISOString()),
    );
    const newcomer = await signedIn();
    const variants = [
      { name: "author", path: w.path, token: w.author.token },
      { name: "other member", path: w.path, token: w.other.token },
      { name: "moderator", path: w.path, token: w.moderator.token },
      { name: "marked helpful", path: w.path, token: helpfulMarker.token },
      { name: "newcomer thread, new member", path: newcomerThread.path, token: newcomer.token },
    ];
    const uncached = new Map<string, string[]>();
    setPostItemCacheBytes(0);
    for (const variant of variants) uncached.set(variant.name, await postItems(variant.path, variant.token));
    expect(postItemCacheStats().entries).toBe(0);

    setPostItemCacheBytes(CACHE_ON);
    for (const variant of variants) {
      const cold = await postItems(variant.path, variant.token);
      const warm = await postItems(variant.path, variant.token);
      expect(cold, variant.name).toEqual(uncached.get(variant.name));
      expect(warm, variant.name).toEqual(uncached.get(variant.name));
    }
    expect(postItemCacheStats().hits).toBeGreaterThanOrEqual(variants.length * 4);
    // The variants really differ where they should: the moderator and the author get other actions than a member.
    const [authorItems, otherItems, moderatorItems, markerItems] = variants.map((v) => uncached.get(v.name) ?? []);
    expect(authorItems?.[0]).toContain("Redigér");
    expect(otherItems?.[0]).not.toContain("Redigér");
    expect(otherItems?.[0]).toContain("Anmeld");
    expect(markerItems?.[1]).toContain('aria-pressed="true"');
    expect(otherItems?.[1]).toContain('aria-pressed="false"');
    expect(moderatorItems).not.toEqual(otherItems);
  });

  it("never shows a hidden or deleted post to a member from a cache warmed before the change", async () => {
    const w = await scenario();
    const [, hiddenId, deletedId] = w.replyIds;
    const before = await postItems(w.path, w.other.token);
    expect(before[2]).toContain("Svar nummer 2");
    expect(before[3]).toContain(SECRET);
    await postItems(w.path, w.moderator.token);

    await writeTransaction(getDb(), async (tx) => {
      await hidePost(tx, { postId: hiddenId ?? 0, moderatorId: w.moderator.id, at: new Date().toISOString() });
      await deletePost(tx, deletedId ?? 0, new Date().toISOString(), w.moderator.id);
    });
    const after = await postItems(w.path, w.other.token);
    expect(after[2]).not.toContain("Svar nummer 2");
    expect(after[2]).toContain("Indlægget er skjult af en moderator.");
    expect(after[3]).not.toContain(SECRET);
    expect(after[3]).toContain("slettet");
    // The moderator still reads the hidden text, with the note that members do not.
    const moderatorView = await postItems(w.path, w.moderator.token);
    expect(moderatorView[2]).toContain("Svar nummer 2");
    expect(moderatorView[2]).toContain("Skjult for medlemmer");
  });

  it("holds no trace of redacted text after a redaction, before or after the next view", async () => {
    const w = await scenario();
    const target = w.replyIds[2] ?? 0;
    await postItems(w.path, w.other.token);
    await postItems(w.path, w.moderator.token);
    expect(cachedPostItemHtml().join("\n")).toContain(SECRET);
    // A whole page kept for a member (app/server/page-cache.ts keeps what the server sent).
    keepPage("page", "1:1", 1, {
      status: 200,
      headers: [],
      body: Buffer.from(cachedPostItemHtml().join("")),
      nonce: "n",
    });
    expect(cachedPageHtml().join("\n")).toContain(SECRET);

    await redactPostForGood(getDb(), { postId: target, text: SECRET, moderatorId: w.moderator.id });
    expect(cachedPostItemHtml().join("\n")).not.toContain(SECRET);
    expect(cachedPageHtml().join("\n")).not.toContain(SECRET);

    const member = await postItems(w.path, w.other.token);
    const moderator = await postItems(w.path, w.moderator.token);
    expect(member[3]).not.toContain(SECRET);
    expect(moderator[3]).not.toContain(SECRET);
    expect(cachedPostItemHtml().join("\n")).not.toContain(SECRET);
    expect(cachedPostItemHtml().length).toBeGreaterThan(0);
  });

  it("holds no trace of an erased member's name after the erasure", async () => {
    const w = await scenario();
    await postItems(w.path, w.author.token);
    expect(cachedPostItemHtml().join("\n")).toContain(w.other.display_name);
    keepPage("page", "1:1", 1, {
      status: 200,
      headers: [],
      body: Buffer.from(cachedPostItemHtml().join("")),
      nonce: "n",
    });
    await eraseMemberForGood(getDb(), { memberId: w.other.id, actorId: w.moderator.id });
    expect(cachedPostItemHtml().join("\n")).not.toContain(w.other.display_name);
    expect(cachedPageHtml()).toEqual([]);
    expect((await postItems(w.path, w.author.token)).join("\n")).not.toContain(w.other.display_name);
  });

  it("keeps within its byte bound, dropping the least recently used first", async () => {
    const w = await scenario();
    await postItems(w.path, w.other.token);
    const { bytes, entries } = postItemCacheStats();
    expect(entries).toBe(4);
    setPostItemCacheBytes(Math.ceil(bytes / 2));
    await postItems(w.path, w.other.token);
    const bounded = postItemCacheStats();
    expect(bounded.bytes).toBeLessThanOrEqual(Math.ceil(bytes / 2));
    expect(bounded.entries).toBeLessThan(4);
    // The newest item (the last post) stays; the first ones went.
    expect(cachedPostItemHtml().join("\n")).toContain(SECRET);
  });
});
