import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb, writeTransaction } from "../../app/db.server";
import { createArticle } from "../../app/models/article.server";
import { createFlag, dismissFlags, hidePost } from "../../app/models/flag.server";
import { replyToThread } from "../../app/models/post.server";
import { buildThreadDocuments } from "../../app/search/meilisearch/outbox-worker.server";
import { rebuildIndex } from "../../app/search/index.server";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import { loader as articleLoader } from "../../app/routes/vidensbank.$slug";
import { loader as memberLoader } from "../../app/routes/medlem.$memberId";
import { loader as threadLoader } from "../../app/routes/t.$threadRef/route";
import { createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { signedInMember } from "../support/sessions";
import { threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";
import { readPostItem } from "../post-items";

/**
 * A thread with an opening post and three replies by `replier`: one visible,
 * one hidden by a moderator, one waiting for a moderator after a personal-data
 * flag. Everything is created through the model functions the routes use.
 */
async function world() {
  const municipality = await createMunicipality();
  const make = (role: SiteRole = "member") => signedInMember({ municipalityId: municipality.id, role });
  const author = await make();
  const replier = await make();
  const reader = await make();
  const moderator = await make("moderator");
  const { threadId, postId: opening } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    title: "Sommerlejr for udsatte unge",
    body: "Hvem har erfaring med sommerlejre?",
  });
  let minute = 0;
  const reply = async (body: string) =>
    (
      await writeTransaction(getDb(), (tx) =>
        replyToThread(tx, {
          threadId,
          authorId: replier.id,
          body,
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, ++minute)).toISOString(),
        }),
      )
    ).postId;
  const visible = await reply("Vi tog til Bornholm med tolv unge.");
  const hidden = await reply("Lejrlederen hedder Karin Skjult og bor i Vejle.");
  const flagged = await reply("Drengen hedder Mads Flagget og går i 9. klasse.");
  const at = new Date().toISOString();
  await writeTransaction(getDb(), (tx) => hidePost(tx, { postId: hidden, moderatorId: moderator.id, at }));
  await writeTransaction(getDb(), (tx) =>
    createFlag(tx, { postId: flagged, memberId: reader.id, reason: "personal_data", at }),
  );
  const thread = await threadAddress(threadId);
  const path = `/t/${thread.id}-${thread.slug}`;
  const params = { threadRef: `${thread.id}-${thread.slug}` };
  const threadPage = async (token: string, search = "") => {
    const response = await settle(() =>
      threadLoader({ request: memberRequest(`${path}${search}`, token), params, context: loadContext() }),
    );
    expect(response.status).toBe(200);
    const data = (await response.json()) as {
      thread: { replyCount: number };
      posts: { id: number; html: string | null }[];
      reply: { text: string };
      solution: { id: number; html: string } | null;
    };
    // Each post comes as its finished item markup: read what it shows.
    return { ...data, posts: data.posts.map((post) => ({ id: post.id, ...readPostItem(post.html) })) };
  };
  return { author, replier, reader, moderator, threadId, opening, visible, hidden, flagged, threadPage };
}

describe("one visibility rule for post text", () => {
  it("builds the Meilisearch document from visible posts only (no server needed)", async () => {
    const w = await world();
    const { documents, deleteIds } = await buildThreadDocuments(getDb(), [w.threadId]);
    expect(deleteIds).toEqual([]);
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document?.post_ids).toEqual([w.opening, w.visible]);
    const text = JSON.stringify(document);
    expect(text).toContain("Bornholm");
    expect(text).not.toContain("Karin");
    expect(text).not.toContain("Mads");
    expect(document?.word_forms).not.toMatch(/karin|mads|skjult|flagget/i);

    await writeTransaction(getDb(), (tx) =>
      dismissFlags(tx, { postId: w.flagged, moderatorId: w.moderator.id, at: new Date().toISOString() }),
    );
    const after = await buildThreadDocuments(getDb(), [w.threadId]);
    expect(after.documents[0]?.post_ids).toEqual([w.opening, w.visible, w.flagged]);
  });

  it("drops a thread whose every post is hidden from the Meilisearch index", async () => {
    const w = await world();
    const at = new Date().toISOString();
    for (const postId of [w.opening, w.visible])
      await writeTransaction(getDb(), (tx) => hidePost(tx, { postId, moderatorId: w.moderator.id, at }));
    expect(await buildThreadDocuments(getDb(), [w.threadId])).toEqual({ documents: [], deleteIds: [w.threadId] });
  });

  it("shows a Vidensbank article's hidden and flagged sources to no one", async () => {
    const w = await world();
    const article = await writeTransaction(getDb(), (tx) =>
      createArticle(tx, {
        title: "Sommerlejre",
        summary: "Tag på lejr.",
        keyPoints: ["Planlæg tidligt"],
        tagIds: [],
        ownerId: w.moderator.id,
        reviewOn: "2027-06-01",
        status: "published",
        sourcePostIds: [w.visible, w.hidden, w.flagged],
        actorId: w.moderator.id,
      }),
    );
    for (const viewer of [w.reader, w.moderator]) {
      const response = await callRoute(articleLoader, memberRequest(`/vidensbank/${article.slug}`, viewer.token), {
        slug: article.slug,
      });
      const data = (await response.json()) as { article: { sources: { postId: number; excerpt: string }[] } };
      expect(data.article.sources.map((source) => source.postId)).toEqual([w.visible]);
      expect(JSON.stringify(data)).not.toMatch(/Karin|Mads/);
    }
  });

  it("quotes and solution boxes never carry hidden or flagged text", async () => {
    const w = await world();
    // A «Citér» link's quote lands in the reply box; a hidden or flagged post's text never does.
    for (const postId of [w.hidden, w.flagged]) {
      const page = await w.threadPage(w.reader.token, `?citer=${postId}`);
      expect(page.reply.text).toBe("");
    }
    expect((await w.threadPage(w.reader.token, `?citer=${w.visible}`)).reply.text).toContain("Bornholm");
    await getDb().updateTable("thread").set({ solution_post_id: w.flagged }).where("id", "=", w.threadId).execute();
    expect((await w.threadPage(w.reader.token)).solution).toBeNull();
  });

  it("blanks hidden posts for members on the thread page, keeps them for moderators, and counts only visible replies", async () => {
    const w = await world();
    const member = await w.threadPage(w.reader.token);
    const byId = new Map(member.posts.map((post) => [post.id, post]));
    expect(byId.get(w.hidden)).toMatchObject({ hidden: "moderator", html: "" });
    expect(byId.get(w.flagged)).toMatchObject({ hidden: "flagged", html: "" });
    expect(member.thread.replyCount).toBe(1);
    const moderator = await w.threadPage(w.moderator.token);
    const seen = new Map(moderator.posts.map((post) => [post.id, post]));
    expect(seen.get(w.hidden)?.html).toContain("Karin");
    expect(seen.get(w.flagged)?.html).toContain("Mads");
  });

  it("leaves hidden and flagged posts off the author's member page", async () => {
    const w = await world();
    const response = await callRoute(memberLoader, memberRequest(`/medlem/${w.replier.id}`, w.reader.token), {
      memberId: String(w.replier.id),
    });
    const data = (await response.json()) as { posts: { id: number }[] };
    expect(data.posts.map((post) => post.id)).toEqual([w.visible]);
  });

  it("keeps FTS5 incremental indexing and the bulk rebuild on the same rule, including flags past the cap that do not hide", async () => {
    const w = await world();
    // The reader's flag on `flagged` is their first; three more fill the cap, so a fifth post's flag does not hide it.
    const extra: number[] = [];
    for (const word of ["Ammonit", "Belemnit", "Crinoid", "Dinosaur"]) {
      extra.push(
        (
          await writeTransaction(getDb(), (tx) =>
            replyToThread(tx, {
              threadId: w.threadId,
              authorId: w.replier.id,
              body: `Fundet: ${word}.`,
              createdAt: new Date().toISOString(),
            }),
          )
        ).postId,
      );
    }
    for (const postId of extra)
      await writeTransaction(getDb(), (tx) =>
        createFlag(tx, { postId, memberId: w.reader.id, reason: "personal_data", at: new Date().toISOString() }),
      );
    const found = async () => {
      const words = ["Bornholm", "Karin", "Mads", "Ammonit", "Belemnit", "Crinoid", "Dinosaur"];
      const hits = await Promise.all(
        words.map(async (q) => (await searchFts5(getDb(), readSearchRequest(new URLSearchParams({ q })))).total > 0),
      );
      return words.filter((_, i) => hits[i]);
    };
    expect(await found()).toEqual(["Bornholm", "Crinoid", "Dinosaur"]);
    await rebuildIndex(getDb());
    expect(await found()).toEqual(["Bornholm", "Crinoid", "Dinosaur"]);
  });
});
