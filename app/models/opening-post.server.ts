import { sql } from "kysely";

/**
 * A thread's opening post as SQL: the lowest post id in the thread (ids follow
 * a thread's order), for the thread whose id is in `threadIdColumn`.
 */
export function openingPostIdOf(threadIdColumn: string) {
  return sql<number>`(select min(first.id) from post first where first.thread_id = ${sql.ref(threadIdColumn)})`;
}
