import { sql } from "kysely";
import type { DB } from "../../db.server";
import { analyze } from "../query/analyze";
import { analysedThreadTags, joinThreadText } from "../query/search-terms.server";
import { lexeme } from "./tsquery";

/**
 * PostgreSQL's half of the search index: the same analysed text FTS5 holds,
 * in post_search and thread_search (migration 20261205T0400). Called from
 * the same places as the FTS5 writers, in the post's own transaction.
 */

/** A post leaves the index (it changed, or members may no longer read it). */
export async function deletePostDocument(tx: DB, postId: number): Promise<void> {
  await tx.deleteFrom("post_search").where("post_id", "=", postId).execute();
}

/** A visible post's analysed text; call deletePostDocument first when the post may already be indexed. */
export async function writePostDocument(
  tx: DB,
  post: { id: number; threadId: number; title: string; body: string },
): Promise<void> {
  await tx
    .insertInto("post_search")
    .values({ post_id: post.id, thread_id: post.threadId, title: analyze(post.title), body: analyze(post.body) })
    .execute();
}

// A tsvector holds at most 1 MB; a thread's analysed text is cut well before, at the end, where replies add least.
const MAX_DOCUMENT_CHARS = 400_000;

/** The thread's document from its posts' rows: title and tags weighted A, the posts' text D. */
export async function writeThreadDocument(tx: DB, threadId: number): Promise<void> {
  await tx.deleteFrom("thread_search").where("thread_id", "=", threadId).execute();
  const rows = await tx
    .selectFrom("post_search")
    .select(["title", "body"])
    .where("thread_id", "=", threadId)
    .orderBy("post_id")
    .execute();
  if (rows.length === 0) return;
  const tagText = await analysedThreadTags(tx, threadId);
  const joined = joinThreadText(rows);
  const title = joined.title;
  const body = joined.body.slice(0, MAX_DOCUMENT_CHARS);
  await tx
    .insertInto("thread_search")
    .values({
      thread_id: threadId,
      document: sql<string>`setweight(to_tsvector('simple', ${`${title} ${tagText}`}), 'A') || setweight(to_tsvector('simple', ${body}), 'D')`,
    })
    .execute();
}

/** Posts whose analysed text holds any of `stems` (redaction re-indexes them). */
export async function postIdsWithAnyTerm(tx: DB, stems: string[]): Promise<number[]> {
  if (stems.length === 0) return [];
  const rows = await tx
    .selectFrom("post_search")
    .select("post_id")
    .where(sql<boolean>`to_tsvector('simple', title || ' ' || body) @@ ${stems.map(lexeme).join(" | ")}::tsquery`)
    .execute();
  return rows.map((row) => row.post_id);
}

/** Whether the index holds anything: a forum moved or restored without it gets it on the next start. */
export async function hasPostgresIndex(db: DB): Promise<boolean> {
  const row = await db.selectFrom("thread_search").select("thread_id").limit(1).executeTakeFirst();
  return row !== undefined;
}
