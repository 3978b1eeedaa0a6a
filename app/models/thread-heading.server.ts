import type { ThreadHeading } from "../../db/schema";
import type { DB } from "../db.server";

/**
 * Small lookups of a thread by id, for pages that only link to it or check it
 * exists (the thread page itself reads through `thread.server.ts`).
 */

/** A thread's id, slug and title: enough to link to it and name it. */
export async function findThreadHeading(db: DB, threadId: number): Promise<ThreadHeading | undefined> {
  if (!Number.isSafeInteger(threadId)) return undefined;
  return db.selectFrom("thread").select(["id", "slug", "title"]).where("id", "=", threadId).executeTakeFirst();
}

export async function threadExists(db: DB, threadId: number): Promise<boolean> {
  return (await db.selectFrom("thread").select("id").where("id", "=", threadId).executeTakeFirst()) !== undefined;
}

/** Every post of a thread in order, with its author's name, for the moderator's split page. */
export async function listPostsForSplit(db: DB, threadId: number) {
  return db
    .selectFrom("post")
    .innerJoin("member", "member.id", "post.author_id")
    .select(["post.id", "post.body_source", "post.created_at", "post.deleted_at", "member.display_name"])
    .where("post.thread_id", "=", threadId)
    .orderBy("post.id")
    .execute();
}

/** The thread a post belongs to, for its permalink. */
export async function findPostThread(db: DB, postId: number) {
  return db
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .where("post.id", "=", postId)
    .select(["post.id", "thread.id as thread_id", "thread.slug"])
    .executeTakeFirst();
}
