import { sql } from "kysely";
import type { DB } from "../db.server";
import { analyze } from "./analyze";
import { bulkRebuildIndex } from "./fts5-rebuild.server";
import { enqueuePostForSearch, enqueueThreadsForSearch } from "./outbox.server";
import { recordTerms } from "./search-terms.server";
import { indexThread, indexThreadsTagged } from "./thread-index.server";
import { isPostVisibleToMembers } from "../models/post-visibility.server";
import { purgePostItems } from "../render-cache/post-item-cache.server";
import { openingPostIdOf } from "../models/opening-post.server";
import { isPostgres } from "../../db/dialect";
import { hasPostgresIndex, writePostDocument } from "./postgres/search-index.server";
import { rebuildPostgresIndex } from "./postgres/search-rebuild.server";

/** Link targets and bare URLs are not words anyone searches for. */
function searchableText(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, "] ").replace(/https?:\/\/\S+/g, " ");
}

/** Brings one post's index row in line with the post: called in the same transaction as every post change. */
export async function indexPost(tx: DB, postId: number): Promise<void> {
  // Every post change passes here: its rendered items are stale (and would never be used again), so free their room.
  purgePostItems({ postIds: [postId] });
  // Meilisearch learns of the change through the outbox, committed with it (a no-op under FTS5).
  await enqueuePostForSearch(tx, postId);
  const post = await tx
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .select([
      "post.id",
      "post.body_source",
      "post.deleted_at",
      "post.thread_id",
      "thread.title",
      openingPostIdOf("post.thread_id").as("first_post_id"),
    ])
    .where("post.id", "=", postId)
    .executeTakeFirst();
  const postgres = isPostgres(tx);
  if (postgres) await writePostDocument(tx, { id: postId });
  else await sql`delete from post_fts where rowid = ${postId}`.execute(tx);
  // Only text members may read is findable (deleted, hidden and personal-data-flagged posts are not).
  if (post && (await isPostVisibleToMembers(tx, postId))) {
    const title = post.first_post_id === post.id ? post.title : "";
    const body = searchableText(post.body_source);
    if (postgres) await writePostDocument(tx, { id: post.id, threadId: post.thread_id, title, body });
    else
      await sql`insert into post_fts (rowid, title, body) values (${post.id}, ${analyze(title)}, ${analyze(body)})`.execute(
        tx,
      );
    await recordTerms(tx, `${title} ${body}`);
  }
  // A new title or tags: the thread page works its similar threads out again.
  if (post && post.first_post_id === post.id)
    await tx.deleteFrom("thread_similar").where("thread_id", "=", post.thread_id).execute();
  // The thread's document is rebuilt from its posts' rows (see thread-index).
  if (post) await indexThread(tx, post.thread_id);
}

/** A thread whose posts moved (merged away, split) gets its document again, or leaves the index when it has none. */
export async function reindexThread(tx: DB, threadId: number): Promise<void> {
  purgePostItems({ threadId });
  await indexThread(tx, threadId);
}

/** After a tag is renamed or merged: its threads are searchable under the new label, in both backends. */
export async function reindexTaggedThreads(tx: DB, tagId: number): Promise<void> {
  const label = await tx.selectFrom("tag").select("label").where("id", "=", tagId).executeTakeFirst();
  if (label) await recordTerms(tx, label.label);
  const threadIds = await indexThreadsTagged(tx, tagId);
  await enqueueThreadsForSearch(tx, threadIds);
}

/** Rebuilds the whole FTS5 index from the posts, reporting progress as it goes. */
export async function rebuildIndex(db: DB, onProgress?: (done: number, total: number) => void): Promise<number> {
  if (isPostgres(db)) return rebuildPostgresIndex(db, { searchableText, onProgress });
  return bulkRebuildIndex(db, { searchableText, onProgress });
}

/** An existing forum gets its index on the first start after the search migration. */
export async function ensureSearchIndex(db: DB): Promise<number> {
  if (isPostgres(db)) {
    const any = await db.selectFrom("post").select("id").where("deleted_at", "is", null).limit(1).executeTakeFirst();
    return any && !(await hasPostgresIndex(db)) ? rebuildIndex(db) : 0;
  }
  // Whether any row exists, not how many: counting a million posts took three seconds of every start.
  // Both tables: thread_fts arrived later (and with new stemming), so a forum from before it has post_fts rows only.
  const indexedPosts = await sql`select 1 from post_fts limit 1`.execute(db);
  const indexedThreads = await sql`select 1 from thread_fts limit 1`.execute(db);
  const indexed = indexedPosts.rows.length > 0 && indexedThreads.rows.length > 0;
  const posts = await db.selectFrom("post").select("id").where("deleted_at", "is", null).limit(1).executeTakeFirst();
  if (indexed || !posts) return 0;
  return rebuildIndex(db);
}
