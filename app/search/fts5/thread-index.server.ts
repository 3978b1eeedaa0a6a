import { sql } from "kysely";
import type { DB } from "../../db.server";
import { analysedThreadTags, joinThreadText } from "../query/search-terms.server";
import { isPostgres } from "../../../db/dialect";
import { writeThreadDocument } from "../postgres/search-index.server";

/**
 * The thread's search document, derived from its rows in post_fts: the title
 * (held by the opening post's row), the tag labels and every post's analysed
 * text. A post that post_fts leaves out (deleted, hidden, flagged for personal
 * data) is thereby left out here too, under the one rule indexPost applies.
 */
export async function indexThread(tx: DB, threadId: number): Promise<void> {
  if (isPostgres(tx)) return writeThreadDocument(tx, threadId);
  await sql`delete from thread_fts where rowid = ${threadId}`.execute(tx);
  const { rows } = await sql<{
    c0: string;
    c1: string;
  }>`select c.c0, c.c1 from post as p join post_fts_content as c on c.id = p.id where p.thread_id = ${threadId} order by p.id`.execute(
    tx,
  );
  if (rows.length === 0) return;
  const tags = await analysedThreadTags(tx, threadId);
  const { title, body } = joinThreadText(rows.map((row) => ({ title: row.c0, body: row.c1 })));
  await sql`insert into thread_fts (rowid, title, tags, body) values (${threadId}, ${title}, ${tags}, ${body})`.execute(
    tx,
  );
}

/** After a tag is renamed or merged: every thread carrying it gets its document again. */
export async function indexThreadsTagged(tx: DB, tagId: number): Promise<number[]> {
  const threads = await tx.selectFrom("thread_tag").select("thread_id").where("tag_id", "=", tagId).execute();
  for (const { thread_id } of threads) await indexThread(tx, thread_id);
  return threads.map((row) => row.thread_id);
}
