import type { DB } from "../db.server";
import { postVisibleToMembers } from "../models/post-visibility.server";

export interface NewReplies {
  count: number;
  firstPostId: number | null;
  lastPostId: number | null;
}

/**
 * Posts in the thread after `sincePostId` that members may read, not written
 * by `memberId` (a member's own reply never announces itself in their tabs).
 */
export async function findNewReplies(
  db: DB,
  input: { threadId: number; sincePostId: number; memberId: number },
): Promise<NewReplies> {
  const row = await db
    .selectFrom("post as p")
    .where("p.thread_id", "=", input.threadId)
    .where("p.id", ">", input.sincePostId)
    .where("p.author_id", "!=", input.memberId)
    .where(postVisibleToMembers("p"))
    .select((eb) => [
      eb.fn.countAll<number>().as("count"),
      eb.fn.min<number | null>("p.id").as("first"),
      eb.fn.max<number | null>("p.id").as("last"),
    ])
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), firstPostId: row?.first ?? null, lastPostId: row?.last ?? null };
}

/** The newest post id of the thread, whoever may read it: where a stream without a starting point starts. */
export async function findLastPostId(db: DB, threadId: number): Promise<number> {
  const row = await db
    .selectFrom("post")
    .where("thread_id", "=", threadId)
    .select((eb) => eb.fn.max<number | null>("id").as("last"))
    .executeTakeFirst();
  return row?.last ?? 0;
}
