import type { Database } from "../../db/schema";
import { getDb, writeTransaction } from "../../app/db.server";
import { replyToThread } from "../../app/models/post.server";

/** How many rows the table holds now. */
export async function countRows(table: keyof Database): Promise<number> {
  const row = await getDb()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A thread's id and slug, its `threadRef` URL parameter and its page's path. */
export async function threadAddress(threadId: number) {
  const thread = await getDb()
    .selectFrom("thread")
    .select(["id", "slug"])
    .where("id", "=", threadId)
    .executeTakeFirstOrThrow();
  const ref = `${thread.id}-${thread.slug}`;
  return { ...thread, ref, path: `/t/${ref}` };
}

/** A reply stored through the model the thread page uses; its post id. */
export async function replyAs(authorId: number, threadId: number, body: string, createdAt = new Date().toISOString()) {
  const { postId } = await writeTransaction(getDb(), (tx) =>
    replyToThread(tx, { threadId, authorId, body, createdAt }),
  );
  return postId;
}
