import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { deletePost, editPost } from "../../app/models/post.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { loader as healthz } from "../../app/routes/healthz";
import type { MeiliConfig } from "../../app/search/meilisearch/meilisearch.server";
import { drainSearchOutboxBatch, startSearchOutboxWorker } from "../../app/search/meilisearch/outbox-worker.server";
import { completeOutboxRows, dueOutboxRows, outboxBacklog } from "../../app/search/meilisearch/outbox.server";
import { createCategory, createMember, createMunicipality } from "../factories";
import { BACK_OFF_CAP_MS, backOffMs } from "../../app/polling-worker.server";

// Nothing listens on the discard port: every request fails at once, as when Meilisearch is down.
const UNREACHABLE: MeiliConfig = { host: "http://127.0.0.1:9", index: "tvaers_unreachable" };
// SEARCH_BACKEND=meilisearch is what makes post changes write outbox rows; read when the environment is first parsed.
vi.stubEnv("SEARCH_BACKEND", "meilisearch");
vi.stubEnv("MEILI_HOST", UNREACHABLE.host);
afterAll(() => vi.unstubAllEnvs());

async function postSomething() {
  const municipality = await createMunicipality();
  const member = await createMember({ municipalityId: municipality.id });
  const category = await createCategory();
  const thread = await writeTransaction(getDb(), (tx) =>
    insertThread(tx, {
      title: "Skolevægring",
      body: "Hvordan gør I?",
      categoryId: category.id,
      authorId: member.id,
      municipalityId: municipality.id,
      track: "shared",
      tagIds: [],
      createdAt: new Date().toISOString(),
    }),
  );
  const reply = await writeTransaction(getDb(), (tx) =>
    insertReply(tx, {
      threadId: thread.threadId,
      authorId: member.id,
      body: "Vi starter med et møde.",
      createdAt: new Date().toISOString(),
    }),
  );
  return { ...thread, replyId: reply.postId, memberId: member.id };
}

const outboxRows = () => getDb().selectFrom("search_outbox").selectAll().orderBy("id").execute();

describe("search outbox with Meilisearch unreachable on purpose (http://127.0.0.1:9)", () => {
  it("posting, editing and deleting still succeed, and each change leaves an outbox row", async () => {
    const { threadId, postId, replyId, memberId } = await postSomething();
    await writeTransaction(getDb(), (tx) =>
      editPost(tx, { postId, editorId: memberId, body: "Hvordan gør I med forældrene?", at: new Date().toISOString() }),
    );
    await writeTransaction(getDb(), (tx) => deletePost(tx, replyId, new Date().toISOString()));
    const rows = await outboxRows();
    expect(rows.map((row) => [row.post_id, row.thread_id, row.attempts])).toEqual([
      [postId, threadId, 0],
      [replyId, threadId, 0],
      [postId, threadId, 0],
      [replyId, threadId, 0],
    ]);
  });

  it("a change that rolls back leaves no outbox row: the row is written in the post's transaction", async () => {
    const { threadId, memberId } = await postSomething();
    const before = (await outboxRows()).length;
    await expect(
      writeTransaction(getDb(), async (tx) => {
        await insertReply(tx, { threadId, authorId: memberId, body: "Fortrudt.", createdAt: new Date().toISOString() });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await outboxRows()).toHaveLength(before);
  });

  it("a drain attempt keeps every row, counts the attempt and moves the next one out with back-off", async () => {
    await postSomething();
    const t0 = new Date(Date.now() + 1_000);
    const lowJitter = () => 0;

    const first = await drainSearchOutboxBatch(getDb(), UNREACHABLE, { now: () => t0, random: lowJitter });
    expect(first).toMatchObject({ sent: 0, failed: 2 });
    expect(first.error).toMatch(/Meilisearch/);
    let rows = await outboxRows();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.next_attempt_at).toBe(new Date(t0.getTime() + backOffMs(1, lowJitter)).toISOString());
      expect(row.last_error).toMatch(/127\.0\.0\.1:9|fetch|ECONNREFUSED/i);
    }

    // Not due yet: nothing is tried, nothing changes.
    expect(await drainSearchOutboxBatch(getDb(), UNREACHABLE, { now: () => t0, random: lowJitter })).toEqual({
      sent: 0,
      failed: 0,
      error: null,
    });
    expect((await outboxRows()).map((row) => row.attempts)).toEqual([1, 1]);

    const t1 = new Date(rows[0]?.next_attempt_at ?? "");
    await drainSearchOutboxBatch(getDb(), UNREACHABLE, { now: () => t1, random: lowJitter });
    rows = await outboxRows();
    expect(rows.map((row) => row.attempts)).toEqual([2, 2]);
    const secondWait = Date.parse(rows[0]?.next_attempt_at ?? "") - t1.getTime();
    expect(secondWait).toBe(backOffMs(2, lowJitter));
    expect(secondWait).toBeGreaterThan(t1.getTime() - t0.getTime());
  });

  it("back-off doubles from 2 s, with jitter between half and all of it, up to 5 minutes", () => {
    expect([1, 2, 3, 4].map((n) => backOffMs(n, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect([1, 2, 3, 4].map((n) => backOffMs(n, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backOffMs(30, () => 1)).toBe(BACK_OFF_CAP_MS);
    expect(backOffMs(30, () => 0)).toBe(BACK_OFF_CAP_MS / 2);
  });

  it("nothing is lost: only the rows of a confirmed batch are deleted, not a later change to the same post", async () => {
    const { postId, memberId } = await postSomething();
    const batch = await dueOutboxRows(getDb(), new Date(), 100);
    await writeTransaction(getDb(), (tx) =>
      editPost(tx, {
        postId,
        editorId: memberId,
        body: "Ændret mens batchen var undervejs.",
        at: new Date().toISOString(),
      }),
    );
    await completeOutboxRows(
      getDb(),
      batch.map((row) => row.id),
    );
    const left = await outboxRows();
    expect(left.map((row) => row.post_id)).toEqual([postId]);
    expect(left[0]?.id).toBeGreaterThan(Math.max(...batch.map((row) => row.id)));
  });

  it("the worker never throws, keeps the backlog, reports once and stops cleanly", async () => {
    await postSomething();
    const log: string[] = [];
    // A clock that moves ten minutes per reading makes every tick due for another set-up attempt.
    let readings = 0;
    const now = () => new Date(Date.UTC(2026, 0, 1) + ++readings * 600_000);
    const stop = startSearchOutboxWorker({
      db: getDb(),
      meili: UNREACHABLE,
      intervalMs: 1,
      now,
      log: (line) => log.push(line),
    });
    // Each failed set-up reads the clock twice: wait for at least four failures.
    await vi.waitFor(() => expect(readings).toBeGreaterThanOrEqual(8), { timeout: 10_000, interval: 5 });
    await stop();
    expect(await outboxBacklog(getDb())).toMatchObject({ pending: 2 });
    expect(log.filter((line) => line.includes("not ready"))).toHaveLength(1);
    // Under FTS5 there is no worker at all.
    await startSearchOutboxWorker({ db: getDb(), meili: null })();
  });

  it("/healthz shows the backlog", async () => {
    await postSomething();
    await drainSearchOutboxBatch(getDb(), UNREACHABLE);
    const body: unknown = await (await healthz()).json();
    expect(body).toMatchObject({
      status: "ok",
      searchOutbox: { pending: 2, retrying: 2, oldestEnqueuedAt: expect.any(String) },
    });
  });
});

describe("thread moderation under Meilisearch", () => {
  it("merging queues the merged-away thread, whose document the worker then deletes", async () => {
    const { mergeThreads } = await import("../../app/models/thread-moderation.server");
    const { buildThreadDocuments } = await import("../../app/search/meilisearch/outbox-worker.server");
    const source = await postSomething();
    const target = await postSomething();
    const moderator = await createMember({ role: "moderator" });
    await getDb().deleteFrom("search_outbox").execute();
    await writeTransaction(getDb(), (tx) =>
      mergeThreads(tx, { sourceId: source.threadId, targetId: target.threadId, actorId: moderator.id }),
    );
    const queued = [...new Set((await outboxRows()).map((row) => row.thread_id))].sort((a, b) => a - b);
    expect(queued).toEqual([source.threadId, target.threadId].sort((a, b) => a - b));
    const { documents, deleteIds } = await buildThreadDocuments(getDb(), queued);
    expect(deleteIds).toEqual([source.threadId]);
    expect(documents.map((document) => document.id)).toEqual([target.threadId]);
  });
});
