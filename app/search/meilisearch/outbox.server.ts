import { sql } from "kysely";
import { type DB, writeTransaction } from "../../db.server";
import { inIds, isPostgres } from "../../../db/dialect";
import { failedAttempt } from "../../polling-worker.server";

/**
 * The search outbox: every post change writes a row here in its own
 * transaction, so a change is either committed together with its row or not
 * at all. The worker (outbox-worker.server.ts) sends the rows' threads to
 * Meilisearch and deletes a row only once Meilisearch has confirmed the task;
 * until then the row stays, with back-off, however long Meilisearch is away.
 */

/** Queues a post's thread for Meilisearch; call in the transaction that changed the post (index.server.ts decides whether). */
export async function enqueuePostForSearch(tx: DB, postId: number, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await sql`insert into search_outbox (post_id, thread_id, enqueued_at, attempts, next_attempt_at)
            select id, thread_id, ${at}, 0, ${at} from post where id = ${postId}`.execute(tx);
}

/**
 * Queues a change to a thread that no post change carries (accepted answer,
 * track): its opening post stands for it, since the worker re-sends whole threads.
 */
export async function enqueueThreadForSearch(tx: DB, threadId: number, now = new Date()): Promise<void> {
  await enqueueThreadsForSearch(tx, [threadId], now);
}

/**
 * The same for several threads in one statement: a Vidensbank article that is
 * published, unpublished or re-sourced changes every thread it cites.
 */
export async function enqueueThreadsForSearch(tx: DB, threadIds: number[], now = new Date()): Promise<void> {
  if (threadIds.length === 0) return;
  const at = now.toISOString();
  // One JSON parameter rather than a placeholder per thread: an article may cite up to 100 posts.
  await sql`insert into search_outbox (post_id, thread_id, enqueued_at, attempts, next_attempt_at)
            select min(id), thread_id, ${at}, 0, ${at} from post
            where ${inIds(tx, sql.ref("thread_id"), [...new Set(threadIds)])}
            group by thread_id`.execute(tx);
}

/**
 * Queues the removal of a thread that no longer exists (merged into another):
 * no post points at it any more, so no post change would ever tell the
 * worker, which deletes the documents of threads it finds empty. `postId` is
 * one of its former posts, kept for the row's shape.
 */
export async function enqueueRemovedThreadForSearch(
  tx: DB,
  threadId: number,
  postId: number,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await tx
    .insertInto("search_outbox")
    .values({ post_id: postId, thread_id: threadId, enqueued_at: at, attempts: 0, next_attempt_at: at })
    .execute();
}

/** Queues every thread once (by its opening post): the first sync of a forum that already has posts. */
export async function enqueueAllThreads(db: DB, now = new Date()): Promise<number> {
  const at = now.toISOString();
  const result = await sql`insert into search_outbox (post_id, thread_id, enqueued_at, attempts, next_attempt_at)
                           select min(id), thread_id, ${at}, 0, ${at} from post group by thread_id`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface OutboxRow {
  id: number;
  postId: number;
  threadId: number;
  attempts: number;
}

/** The oldest rows whose next attempt is due. */
export async function dueOutboxRows(db: DB, now: Date, limit: number): Promise<OutboxRow[]> {
  const rows = await db
    .selectFrom("search_outbox")
    .select(["id", "post_id", "thread_id", "attempts"])
    .where("next_attempt_at", "<=", now.toISOString())
    .orderBy("id")
    .limit(limit)
    // PostgreSQL: rows another app server's worker holds are skipped (see drainSearchOutboxBatch).
    .$if(isPostgres(db) && db.isTransaction, (query) => query.forUpdate().skipLocked())
    .execute();
  return rows.map((row) => ({ id: row.id, postId: row.post_id, threadId: row.thread_id, attempts: row.attempts }));
}

/**
 * Deletes rows Meilisearch has confirmed. By id, so a row enqueued for the
 * same post while the batch was on its way stays and is sent again.
 */
export async function completeOutboxRows(db: DB, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .deleteFrom("search_outbox")
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
  }
}

/** Records a failed attempt on each row and moves its next attempt out by the back-off. */
export async function recordOutboxFailure(
  db: DB,
  rows: OutboxRow[],
  error: string,
  now: Date,
  random: () => number = Math.random,
): Promise<void> {
  await writeTransaction(db, async (tx) => {
    for (const row of rows) {
      await tx
        .updateTable("search_outbox")
        .set(failedAttempt(row.attempts, error, now, random))
        .where("id", "=", row.id)
        .execute();
    }
  });
}

export interface OutboxBacklog {
  /** Rows not yet confirmed by Meilisearch. */
  pending: number;
  /** Of those, rows that have failed at least once. */
  retrying: number;
  /** When the oldest pending row was written, or null when the outbox is empty. */
  oldestEnqueuedAt: string | null;
}

/** For /healthz: how far Meilisearch is behind the database. Deliberately no error text (the endpoint is public). */
export async function outboxBacklog(db: DB): Promise<OutboxBacklog> {
  const row = await db
    .selectFrom("search_outbox")
    .select((eb) => [
      eb.fn.countAll<number>().as("pending"),
      eb.fn.sum<number | null>(sql<number>`case when attempts > 0 then 1 else 0 end`).as("retrying"),
      eb.fn.min("enqueued_at").as("oldest"),
    ])
    .executeTakeFirst();
  return {
    pending: Number(row?.pending ?? 0),
    retrying: Number(row?.retrying ?? 0),
    oldestEnqueuedAt: row?.oldest ?? null,
  };
}
