import { sql } from "kysely";
import type { DB } from "../db.server";
import { analyze } from "./analyze";
import { recordTerms } from "./search-terms.server";
import { isPostgres } from "../../db/dialect";
import { writeThreadDocument } from "./postgres/search-index.server";

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
  const tags = await tx
    .selectFrom("thread_tag")
    .innerJoin("tag", "tag.id", "thread_tag.tag_id")
    .select("tag.label")
    .where("thread_tag.thread_id", "=", threadId)
    .orderBy("tag.label")
    .execute();
  // Tag labels are words the index knows, so a search for one is never "corrected".
  if (tags.length > 0) await recordTerms(tx, tags.map((tag) => tag.label).join(" "));
  const title = rows
    .map((row) => row.c0)
    .filter(Boolean)
    .join(" ");
  const body = rows.map((row) => row.c1).join(" ");
  await sql`insert into thread_fts (rowid, title, tags, body) values (${threadId}, ${title}, ${analyze(tags.map((tag) => tag.label).join(" "))}, ${body})`.execute(
    tx,
  );
}

/** After a tag is renamed or merged: every thread carrying it gets its document again. */
export async function indexThreadsTagged(tx: DB, tagId: number): Promise<number[]> {
  const threads = await tx.selectFrom("thread_tag").select("thread_id").where("tag_id", "=", tagId).execute();
  for (const { thread_id } of threads) await indexThread(tx, thread_id);
  return threads.map((row) => row.thread_id);
}
