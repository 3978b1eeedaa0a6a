/**
 * Fan-out stays out of the request: a reply in a thread watched by 1,000
 * members costs the request what a reply in an unwatched thread costs (one
 * event row), and the worker's fan-out is measured apart.
 *
 *   npx tsx tests/bench/notify.ts        (REPLIES=200 WATCHERS=1000 by default)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-bench-notify-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_PATH = path.join(dataDir, "bench.sqlite");
process.env.POSTING_MIN_INTERVAL_SECONDS = "0";
process.env.POSTING_DUPLICATE_MINUTES = "0";
process.env.SEED_DEMO = "false";

const REPLIES = Number(process.env.REPLIES ?? 200);
const WATCHERS = Number(process.env.WATCHERS ?? 1000);

const { getDb, writeTransaction } = await import("../../app/db.server");
const { migrateToLatest } = await import("../../db/migrate");
const { replyToThread } = await import("../../app/models/post.server");
const { insertThread } = await import("../../app/models/thread.server");
const { drainNotifyEvents } = await import("../../app/notifications/fan-out.server");

const db = getDb();
await migrateToLatest(db);
const now = new Date().toISOString();
const town = await db
  .insertInto("municipality")
  .values({ slug: "bench", name: "Bench", region: "", joined_on: "2018-01-01", created_at: now })
  .returning("id")
  .executeTakeFirstOrThrow();
const category = await db
  .insertInto("category")
  .values({ slug: "bench", name: "Bench", description: "", position: 1 })
  .returning("id")
  .executeTakeFirstOrThrow();
const memberIds: number[] = [];
await writeTransaction(db, async (tx) => {
  for (let i = 0; i < WATCHERS + 2; i += 1) {
    const row = await tx
      .insertInto("member")
      .values({
        municipality_id: town.id,
        email: `m${i}@bench.dk`,
        display_name: `Medlem ${i}`,
        profession: "Bench",
        role: "member",
        password_hash: null,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    memberIds.push(row.id);
  }
});
const [author, replier] = memberIds as [number, number];
const thread = (title: string) =>
  writeTransaction(db, (tx) =>
    insertThread(tx, {
      title,
      categoryId: category.id,
      authorId: author,
      municipalityId: town.id,
      track: "shared",
      body: "Spørgsmål",
      tagIds: [],
      createdAt: now,
    }),
  );
const quiet = await thread("Ingen følger denne tråd");
const busy = await thread("Tusind følger denne tråd");
await writeTransaction(db, async (tx) => {
  for (const memberId of memberIds.slice(2)) {
    await tx
      .insertInto("watch")
      .values({ member_id: memberId, target_type: "thread", target_id: busy.threadId, level: 3 })
      .execute();
  }
});
await drainNotifyEvents(db, { batchSize: 10 });

async function replyTimes(threadId: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REPLIES; i += 1) {
    const started = process.hrtime.bigint();
    await writeTransaction(db, (tx) =>
      replyToThread(tx, {
        threadId,
        authorId: replier,
        body: `Svar nummer ${i} i tråden ${threadId}`,
        createdAt: new Date().toISOString(),
      }),
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const line = (label: string, sorted: number[]) =>
  console.log(
    `${label.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  (${sorted.length} replies)`,
  );

// Alternated runs, so neither thread profits from a warmer cache.
const quietTimes: number[] = [];
const busyTimes: number[] = [];
for (let round = 0; round < 2; round += 1) {
  quietTimes.push(...(await replyTimes(quiet.threadId)));
  busyTimes.push(...(await replyTimes(busy.threadId)));
}
console.log(`Reply request (write transaction), ${WATCHERS} members in the database:`);
line(
  "thread watched by nobody",
  quietTimes.sort((a, b) => a - b),
);
line(
  `thread watched by ${WATCHERS}`,
  busyTimes.sort((a, b) => a - b),
);

const started = process.hrtime.bigint();
let events = 0;
let notifications = 0;
for (;;) {
  const result = await drainNotifyEvents(db, { batchSize: 100 });
  if (result.events === 0) break;
  events += result.events;
  notifications += result.notifications;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(
  `Worker fan-out: ${events} events → ${notifications} notifications in ${(ms / 1000).toFixed(1)} s (${(ms / events).toFixed(1)} ms per event)`,
);
// What reading adds to every page: the bell's count (root loader) and, on a thread page, the read position.
const { countUnreadNotifications } = await import("../../app/notifications/notification.server");
const { readThreadPage } = await import("../../app/notifications/thread-reading.server");
const reader = memberIds[2] ?? author;
const postIds = (
  await db.selectFrom("post").select("id").where("thread_id", "=", busy.threadId).orderBy("id").limit(100).execute()
).map((post) => post.id);
const perCall = async (work: () => Promise<unknown>, calls = 2_000) => {
  await work();
  const begun = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await work();
  return Number(process.hrtime.bigint() - begun) / 1e6 / calls;
};
console.log(
  `Per page: bell count for a member with ${await countUnreadNotifications(db, reader)} unread ${(await perCall(() => countUnreadNotifications(db, reader))).toFixed(3)} ms; ` +
    `thread read position, already read ${(await perCall(() => readThreadPage(db, reader, busy.threadId, postIds))).toFixed(3)} ms`,
);
await db.destroy();
fs.rmSync(dataDir, { recursive: true, force: true });
