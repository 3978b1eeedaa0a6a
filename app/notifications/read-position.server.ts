import { postVisibleToMembers } from "../models/post-visibility.server";
import { sql } from "kysely";
import type { DB } from "../db.server";

/** A thread is "ny" to a member who has never opened it, for this long after it was started. */
export const NEW_THREAD_DAYS = 14;

export function newSince(now = new Date()): string {
  return new Date(now.getTime() - NEW_THREAD_DAYS * 86_400_000).toISOString();
}

export async function findLastReadPostId(db: DB, memberId: number, threadId: number): Promise<number | null> {
  const row = await db
    .selectFrom("thread_read")
    .select("last_read_post_id")
    .where("member_id", "=", memberId)
    .where("thread_id", "=", threadId)
    .executeTakeFirst();
  return row?.last_read_post_id ?? null;
}

/**
 * Moves the member's read position forward to `postId`: one small upsert,
 * and none at all when the caller already knows the position is there or
 * beyond (the thread page reads it anyway), so reading an old page writes nothing.
 */
export async function markReadUpTo(
  db: DB,
  input: { memberId: number; threadId: number; postId: number; known: number | null },
): Promise<boolean> {
  if (input.known !== null && input.known >= input.postId) return false;
  await db
    .insertInto("thread_read")
    .values({ member_id: input.memberId, thread_id: input.threadId, last_read_post_id: input.postId })
    .onConflict((oc) =>
      oc
        .columns(["member_id", "thread_id"])
        .doUpdateSet({ last_read_post_id: input.postId })
        .where("thread_read.last_read_post_id", "<", input.postId),
    )
    .execute();
  return true;
}

export interface ThreadReadState {
  /** Posts after the member's read position; 0 when read up or never opened. */
  unread: number;
  /** Never opened and started recently. */
  isNew: boolean;
}

/** Unread counts and "ny" markers for one page of a list, in one query. */
export async function readStateForThreads(
  db: DB,
  memberId: number,
  threadIds: number[],
  now = new Date(),
): Promise<Record<number, ThreadReadState>> {
  if (threadIds.length === 0) return {};
  const rows = await db
    .selectFrom("thread")
    .leftJoin("thread_read", (join) =>
      join.onRef("thread_read.thread_id", "=", "thread.id").on("thread_read.member_id", "=", memberId),
    )
    .where("thread.id", "in", threadIds)
    .select((eb) => [
      "thread.id",
      "thread.created_at",
      "thread_read.last_read_post_id",
      eb
        .selectFrom("post")
        .whereRef("post.thread_id", "=", "thread.id")
        .whereRef("post.id", ">", "thread_read.last_read_post_id")
        .where(postVisibleToMembers("post"))
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("unread"),
    ])
    .execute();
  const since = newSince(now);
  const states: Record<number, ThreadReadState> = {};
  for (const row of rows) {
    const opened = row.last_read_post_id !== null;
    states[row.id] = { unread: opened ? Number(row.unread ?? 0) : 0, isNew: !opened && row.created_at >= since };
  }
  return states;
}

/** Marks every thread the member has opened as read up to its last post ("Markér alle som læst"). */
export async function markAllThreadsRead(db: DB, memberId: number): Promise<void> {
  await sql`update thread_read set last_read_post_id = (select max(id) from post where post.thread_id = thread_read.thread_id)
            where member_id = ${memberId}
              and last_read_post_id < (select max(id) from post where post.thread_id = thread_read.thread_id)`.execute(
    db,
  );
}
