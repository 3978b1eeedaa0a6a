import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { dismissFlags } from "../../app/models/flag.server";
import { MAX_OPEN_HIDING_FLAGS } from "../../app/models/flag-limits";
import { replyToThread } from "../../app/models/post.server";
import { action as threadAction, loader as threadLoader } from "../../app/routes/t.$threadRef/route";
import { createMember, createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { readPostItem } from "../post-items";

/** One thread with six replies, a flagger, a reader and a moderator, each signed in. */
async function world() {
  const municipality = await createMunicipality();
  const make = async (role: SiteRole = "member") => {
    const member = await createMember({ municipalityId: municipality.id, role });
    const token = generateSessionToken();
    await createSession(getDb(), token, member.id);
    return { ...member, token };
  };
  const author = await make();
  const flagger = await make();
  const reader = await make();
  const moderator = await make("moderator");
  const { threadId } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    body: "Spørgsmålet",
  });
  const replyIds: number[] = [];
  for (let i = 1; i <= 6; i += 1) {
    const { postId } = await writeTransaction(getDb(), (tx) =>
      replyToThread(tx, {
        threadId,
        authorId: author.id,
        body: `Svar nummer ${i} om skolevægring`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      }),
    );
    replyIds.push(postId);
  }
  const thread = await getDb()
    .selectFrom("thread")
    .select(["id", "slug"])
    .where("id", "=", threadId)
    .executeTakeFirstOrThrow();
  const path = `/t/${thread.id}-${thread.slug}`;
  const params = { threadRef: `${thread.id}-${thread.slug}` };
  const flag = (token: string, postId: number) =>
    settle(() =>
      threadAction({
        request: memberRequest(path, token, { intent: "flag", postId: String(postId), reason: "personal_data" }),
        params,
        context: loadContext(),
      }),
    );
  const hiddenFor = async (token: string) => {
    const response = await settle(() =>
      threadLoader({ request: memberRequest(path, token), params, context: loadContext() }),
    );
    const data = (await response.json()) as { posts: { id: number; html: string | null }[] };
    return data.posts.filter((post) => readPostItem(post.html).hidden !== null).map((post) => post.id);
  };
  return { flagger, reader, moderator, replyIds, path, flag, hiddenFor };
}

describe("a cap on the posts one member's personal-data flags can hide", () => {
  it("hides the first three flagged posts; later flags reach the moderators without hiding, and the flagger is told", async () => {
    const w = await world();
    expect(MAX_OPEN_HIDING_FLAGS).toBe(3);
    const locations: (string | null)[] = [];
    for (const postId of w.replyIds.slice(0, 5)) {
      const response = await w.flag(w.flagger.token, postId);
      expect(response.status).toBe(302);
      locations.push(response.headers.get("location"));
    }
    expect(await w.hiddenFor(w.reader.token)).toEqual(w.replyIds.slice(0, 3));

    // Every flag is in the moderators' queue, hiding or not.
    const open = await getDb()
      .selectFrom("post_flag")
      .select(["post_id", "hides_post"])
      .where("resolved_at", "is", null)
      .orderBy("id")
      .execute();
    expect(open).toEqual(w.replyIds.slice(0, 5).map((postId, i) => ({ post_id: postId, hides_post: i < 3 ? 1 : 0 })));

    expect(locations.slice(0, 3).every((location) => !location?.includes("skjult=nej"))).toBe(true);
    expect(locations[3]).toBe(`${w.path}?anmeldt=${w.replyIds[3]}&skjult=nej#indlaeg-${w.replyIds[3]}`);
  });

  it("lets a flag hide again once a moderator has dealt with one of the member's open flags", async () => {
    const w = await world();
    for (const postId of w.replyIds.slice(0, 4)) await w.flag(w.flagger.token, postId);
    expect(await w.hiddenFor(w.reader.token)).toEqual(w.replyIds.slice(0, 3));
    await writeTransaction(getDb(), (tx) =>
      dismissFlags(tx, { postId: w.replyIds[0] as number, moderatorId: w.moderator.id, at: new Date().toISOString() }),
    );

    expect((await w.flag(w.flagger.token, w.replyIds[4] as number)).headers.get("location")).not.toContain(
      "skjult=nej",
    );
    expect(await w.hiddenFor(w.reader.token)).toEqual([w.replyIds[1], w.replyIds[2], w.replyIds[4]]);
  });

  it("counts only the member's own flags: another member's flag still hides at once", async () => {
    const w = await world();
    for (const postId of w.replyIds.slice(0, 3)) await w.flag(w.flagger.token, postId);
    expect((await w.flag(w.reader.token, w.replyIds[5] as number)).headers.get("location")).not.toContain("skjult=nej");
    expect(await w.hiddenFor(w.moderator.token)).toEqual([...w.replyIds.slice(0, 3), w.replyIds[5]]);
  });
});
