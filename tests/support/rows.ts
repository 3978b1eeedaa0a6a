import type { Database } from "../../db/schema";
import { getDb } from "../../app/db.server";

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
