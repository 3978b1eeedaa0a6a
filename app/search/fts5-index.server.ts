import { sql } from "kysely";
import type { DB } from "../db.server";
import { analyze, stemWord, tokenize } from "./analyze";
import { bulkRebuildIndex } from "./fts5-rebuild.server";
import { enqueuePostForSearch } from "./outbox.server";
import { isPostVisibleToMembers } from "../models/post-visibility.server";

/** Link targets and bare URLs are not words anyone searches for. */
function searchableText(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, "] ").replace(/https?:\/\/\S+/g, " ");
}

async function recordTerms(tx: DB, text: string): Promise<void> {
  const terms = new Map<string, string>();
  for (const token of tokenize(text)) {
    const term = stemWord(token.word);
    if (term.length >= 2 && !terms.has(term)) terms.set(term, token.word);
  }
  const rows = [...terms].map(([term, word]) => ({ term, reversed: [...term].reverse().join(""), word }));
  for (let i = 0; i < rows.length; i += 400) {
    await tx.insertInto("search_term").values(rows.slice(i, i + 400)).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Brings one post's index row in line with the post: called in the same transaction as every post change. */
export async function indexPost(tx: DB, postId: number): Promise<void> {
  // Meilisearch learns of the change through the outbox, committed with it (a no-op under FTS5).
  await enqueuePostForSearch(tx, postId);
  const post = await tx
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .select((eb) => [
      "post.id",
      "post.body_source",
      "post.deleted_at",
      "thread.title",
      eb.selectFrom("post as first").whereRef("first.thread_id", "=", "post.thread_id").select((e) => e.fn.min("first.id").as("m")).as("first_post_id"),
    ])
    .where("post.id", "=", postId)
    .executeTakeFirst();
  await sql`delete from post_fts where rowid = ${postId}`.execute(tx);
  // Only text members may read is findable (deleted, hidden and personal-data-flagged posts are not).
  if (!post || !(await isPostVisibleToMembers(tx, postId))) return;
  const title = post.first_post_id === post.id ? post.title : "";
  const body = searchableText(post.body_source);
  await sql`insert into post_fts (rowid, title, body) values (${post.id}, ${analyze(title)}, ${analyze(body)})`.execute(tx);
  await recordTerms(tx, `${title} ${body}`);
}

/** After a title change: the title lives on the opening post's row. */
export async function indexThreadTitle(tx: DB, threadId: number): Promise<void> {
  const opening = await tx.selectFrom("post").select("id").where("thread_id", "=", threadId).orderBy("id").executeTakeFirst();
  if (opening) await indexPost(tx, opening.id);
}

/** Rebuilds the whole FTS5 index from the posts, reporting progress as it goes. */
export async function rebuildIndex(db: DB, onProgress?: (done: number, total: number) => void): Promise<number> {
  return bulkRebuildIndex(db, { searchableText, onProgress });
}

/** An existing forum gets its index on the first start after the search migration. */
export async function ensureSearchIndex(db: DB): Promise<number> {
  // Whether any row exists, not how many: counting a million posts took three seconds of every start.
  const indexed = await sql`select 1 from post_fts limit 1`.execute(db);
  const posts = await db.selectFrom("post").select("id").where("deleted_at", "is", null).limit(1).executeTakeFirst();
  if (indexed.rows.length > 0 || !posts) return 0;
  return rebuildIndex(db);
}
