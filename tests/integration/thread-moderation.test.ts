import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { Refusal } from "../../app/refusal";
import { mergeThreads, setThreadState, splitThread } from "../../app/models/thread-moderation.server";
import { mergeTags, updateTag } from "../../app/models/tag-admin.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import { createCategory, createMember } from "../factories";

async function setup() {
  const moderator = await createMember({ role: "moderator" });
  const author = await createMember();
  const colleague = await createMember();
  const category = await createCategory();
  const tag = await getDb()
    .insertInto("tag")
    .values({ slug: "mobning", label: "Mobning", kind: "case", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const other = await getDb()
    .insertInto("tag")
    .values({ slug: "drilleri", label: "Drilleri", kind: "case", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const thread = (title: string, at: string, tagIds: number[] = []) =>
    insertThread(getDb(), {
      title,
      body: `Første indlæg om ${title}`,
      categoryId: category.id,
      authorId: author.id,
      municipalityId: author.municipality_id,
      track: "shared",
      tagIds,
      createdAt: at,
    });
  return { moderator, author, colleague, category, tag, other, thread };
}

const counters = (threadId: number) =>
  getDb().selectFrom("thread").select(["reply_count", "last_post_at"]).where("id", "=", threadId).executeTakeFirst();
const audit = (action: string) => getDb().selectFrom("admin_event").selectAll().where("action", "=", action).execute();

describe("thread moderation", () => {
  it("merging moves every post into the target, keeps counts right, carries tags and records it", async () => {
    const s = await setup();
    const target = await s.thread("Mobning i klubben", "2026-11-01T10:00:00.000Z");
    const source = await s.thread("Drilleri efter skole", "2026-11-02T10:00:00.000Z", [s.other.id]);
    await insertReply(getDb(), {
      threadId: target.threadId,
      authorId: s.colleague.id,
      body: "Svar 1",
      createdAt: "2026-11-01T11:00:00.000Z",
    });
    await insertReply(getDb(), {
      threadId: source.threadId,
      authorId: s.colleague.id,
      body: "Svar 2",
      createdAt: "2026-11-03T11:00:00.000Z",
    });
    await writeTransaction(getDb(), (tx) =>
      mergeThreads(tx, { sourceId: source.threadId, targetId: target.threadId, actorId: s.moderator.id }),
    );
    expect(
      await getDb().selectFrom("thread").select("id").where("id", "=", source.threadId).executeTakeFirst(),
    ).toBeUndefined();
    const posts = await getDb().selectFrom("post").select("thread_id").execute();
    expect(posts.every((post) => post.thread_id === target.threadId)).toBe(true);
    expect(await counters(target.threadId)).toEqual({ reply_count: 3, last_post_at: "2026-11-03T11:00:00.000Z" });
    const tags = await getDb()
      .selectFrom("thread_tag")
      .select("tag_id")
      .where("thread_id", "=", target.threadId)
      .execute();
    expect(tags.map((t) => t.tag_id)).toEqual([s.other.id]);
    expect(await audit("thread.merged")).toHaveLength(1);
    // The merged thread's old title no longer finds anything on its own row.
    const hits = await searchFts5(getDb(), readSearchRequest(new URLSearchParams({ q: "drilleri" })));
    expect(hits.results.map((r) => r.threadId)).toEqual([target.threadId]);
  });

  it("splitting moves chosen replies into a new thread with correct counts on both", async () => {
    const s = await setup();
    const original = await s.thread("Skolevægring", "2026-11-01T10:00:00.000Z");
    const keep = await insertReply(getDb(), {
      threadId: original.threadId,
      authorId: s.colleague.id,
      body: "Om skolevægring",
      createdAt: "2026-11-01T11:00:00.000Z",
    });
    const move1 = await insertReply(getDb(), {
      threadId: original.threadId,
      authorId: s.colleague.id,
      body: "Om budget",
      createdAt: "2026-11-01T12:00:00.000Z",
    });
    const move2 = await insertReply(getDb(), {
      threadId: original.threadId,
      authorId: s.author.id,
      body: "Mere om budget",
      createdAt: "2026-11-01T13:00:00.000Z",
    });
    const newId = await writeTransaction(getDb(), (tx) =>
      splitThread(tx, {
        threadId: original.threadId,
        postIds: [move1.postId, move2.postId, original.postId],
        title: "Budget til chatten",
        actorId: s.moderator.id,
      }),
    );
    expect(await counters(original.threadId)).toEqual({ reply_count: 1, last_post_at: "2026-11-01T11:00:00.000Z" });
    expect(await counters(newId)).toEqual({ reply_count: 1, last_post_at: "2026-11-01T13:00:00.000Z" });
    const moved = await getDb().selectFrom("post").select("id").where("thread_id", "=", newId).orderBy("id").execute();
    expect(moved.map((p) => p.id)).toEqual([move1.postId, move2.postId]);
    expect(
      (await getDb().selectFrom("post").select("thread_id").where("id", "=", keep.postId).executeTakeFirstOrThrow())
        .thread_id,
    ).toBe(original.threadId);
    expect(await audit("thread.split")).toHaveLength(1);
    await expect(
      writeTransaction(getDb(), (tx) =>
        splitThread(tx, {
          threadId: original.threadId,
          postIds: [original.postId],
          title: "Kun første",
          actorId: s.moderator.id,
        }),
      ),
    ).rejects.toBeInstanceOf(Refusal);
  });

  it("locks, pins and moves a thread, each with an audit record", async () => {
    const s = await setup();
    const thread = await s.thread("Låsetest", "2026-11-01T10:00:00.000Z");
    const other = await createCategory();
    await writeTransaction(getDb(), async (tx) => {
      await setThreadState(tx, { threadId: thread.threadId, actorId: s.moderator.id, change: { locked: true } });
      await setThreadState(tx, { threadId: thread.threadId, actorId: s.moderator.id, change: { pinned: true } });
      await setThreadState(tx, {
        threadId: thread.threadId,
        actorId: s.moderator.id,
        change: { categoryId: other.id },
      });
    });
    expect(
      await getDb()
        .selectFrom("thread")
        .select(["locked", "pinned", "category_id"])
        .where("id", "=", thread.threadId)
        .executeTakeFirst(),
    ).toEqual({ locked: 1, pinned: 1, category_id: other.id });
    const actions = (await getDb().selectFrom("admin_event").select("action").orderBy("id").execute()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["thread.locked", "thread.pinned", "thread.category_changed"]);
  });
});

describe("tag management", () => {
  it("merges one tag into another across threads and records it", async () => {
    const s = await setup();
    const a = await s.thread("Tråd A", "2026-11-01T10:00:00.000Z", [s.tag.id]);
    const b = await s.thread("Tråd B", "2026-11-02T10:00:00.000Z", [s.tag.id, s.other.id]);
    await writeTransaction(getDb(), (tx) =>
      mergeTags(tx, { sourceId: s.other.id, targetId: s.tag.id, actorId: s.moderator.id }),
    );
    const rows = await getDb().selectFrom("thread_tag").selectAll().orderBy("thread_id").execute();
    expect(rows).toEqual([
      { thread_id: a.threadId, tag_id: s.tag.id },
      { thread_id: b.threadId, tag_id: s.tag.id },
    ]);
    expect(
      await getDb().selectFrom("tag").select("id").where("id", "=", s.other.id).executeTakeFirst(),
    ).toBeUndefined();
    expect(await audit("tag.merged")).toHaveLength(1);
    await expect(
      writeTransaction(getDb(), (tx) =>
        mergeTags(tx, { sourceId: s.tag.id, targetId: s.tag.id, actorId: s.moderator.id }),
      ),
    ).rejects.toMatchObject({ name: "Refusal", status: 409, message: "Vælg to forskellige tags." });
  });

  it("renames and describes a tag, keeping its slug and the before/after in the audit record", async () => {
    const s = await setup();
    await writeTransaction(getDb(), (tx) =>
      updateTag(tx, {
        tagId: s.tag.id,
        label: "Mobning og udstødelse",
        kind: "theme",
        description: "Når fællesskabet svigter.",
        actorId: s.moderator.id,
      }),
    );
    expect(await getDb().selectFrom("tag").selectAll().where("id", "=", s.tag.id).executeTakeFirst()).toMatchObject({
      slug: "mobning",
      label: "Mobning og udstødelse",
      kind: "theme",
      description: "Når fællesskabet svigter.",
    });
    const [event] = await audit("tag.updated");
    expect(JSON.parse(event!.detail)).toMatchObject({
      before: { label: "Mobning" },
      after: { label: "Mobning og udstødelse" },
    });
  });
});
