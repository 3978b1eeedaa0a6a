/**
 * The search index's one entry point (issue 14): models tell it what changed
 * (postChanged, threadChanged, tagChanged, threadDetailsChanged,
 * threadRemoved, textRedacted), in the transaction that changed it, and
 * operations rebuild or check it; the backends (fts5/, postgres/,
 * meilisearch/) and the query analysis (query/) stay behind it.
 */
import { sql } from "kysely";
import type { DB } from "../db.server";
import { analyze, stemWord, tokenize } from "./query/analyze";
import { containsText } from "../models/contains-text.server";
import { postIdsWithAnyTerm } from "./postgres/search-index.server";
import { bulkRebuildIndex } from "./fts5/fts5-rebuild.server";
import {
  enqueuePostForSearch,
  enqueueRemovedThreadForSearch,
  enqueueThreadForSearch,
  enqueueThreadsForSearch,
} from "./meilisearch/outbox.server";
import { recordTerms } from "./query/search-terms.server";
import { indexThread, indexThreadsTagged } from "./fts5/thread-index.server";
import { isPostVisibleToMembers } from "../models/post-visibility.server";
import { purgePostItems } from "../render-cache/post-item-cache.server";
import { openingPostIdOf } from "../models/opening-post.server";
import { isPostgres } from "../../db/dialect";
import { deletePostDocument, hasPostgresIndex, writePostDocument } from "./postgres/search-index.server";
import { rebuildPostgresIndex } from "./postgres/search-rebuild.server";
import { getEnv, type Env } from "../env.server";

/**
 * Whether changes also go to the Meilisearch outbox. Settled once per process, outside any transaction: the
 * server does it at start-up (settleSearchOutbox); commands and tests settle it on first need. Transactions
 * only read this flag, never the environment.
 */
let queueForMeilisearch: boolean | undefined;

export function settleSearchOutbox(env: Pick<Env, "SEARCH_BACKEND"> = getEnv()): boolean {
  queueForMeilisearch = env.SEARCH_BACKEND === "meilisearch";
  return queueForMeilisearch;
}

function outboxOn(): boolean {
  return queueForMeilisearch ?? settleSearchOutbox();
}

/** Link targets and bare URLs are not words anyone searches for. */
function searchableText(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/g, "] ").replace(/https?:\/\/\S+/g, " ");
}

/** Brings one post's index row in line with the post: called in the same transaction as every post change. */
export async function postChanged(tx: DB, postId: number): Promise<void> {
  // Every post change passes here: its rendered items are stale (and would never be used again), so free their room.
  purgePostItems({ postIds: [postId] });
  // Meilisearch learns of the change through the outbox, committed with it.
  if (outboxOn()) await enqueuePostForSearch(tx, postId);
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
  if (postgres) await deletePostDocument(tx, postId);
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
export async function threadChanged(tx: DB, threadId: number): Promise<void> {
  purgePostItems({ threadId });
  await indexThread(tx, threadId);
}

/** After a tag is renamed or merged: its threads are searchable under the new label, in both backends. */
export async function tagChanged(tx: DB, tagId: number): Promise<void> {
  const label = await tx.selectFrom("tag").select("label").where("id", "=", tagId).executeTakeFirst();
  if (label) await recordTerms(tx, label.label);
  const threadIds = await indexThreadsTagged(tx, tagId);
  if (outboxOn()) await enqueueThreadsForSearch(tx, threadIds);
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

/** After a redaction or an erasure: the changed posts' index rows again, and every term `text` left behind gone. */
export async function textRedacted(tx: DB, postIds: number[], text: string): Promise<void> {
  for (const postId of new Set(postIds)) await postChanged(tx, postId);
  await forgetTerms(tx, text);
  // FTS5 keeps deleted tokens in older segments until they are merged; optimize merges them all now.
  // (PostgreSQL rewrites a row on update; VACUUM, run after a redaction, frees the old versions.)
  if (isPostgres(tx)) return;
  await sql`insert into post_fts(post_fts) values ('optimize')`.execute(tx);
  await sql`insert into thread_fts(thread_fts) values ('optimize')`.execute(tx);
}

/**
 * search_term keeps one surface word per stem, so a stem the removed text
 * produced may carry its spelling. Those rows go, and every post still
 * containing one of the stems is indexed again, which puts back exactly the
 * terms other posts justify (with their own spelling). */
async function forgetTerms(tx: DB, text: string): Promise<void> {
  const words = [...new Set(tokenize(text).map((token) => token.word))];
  const stems = [...new Set(words.map(stemWord))];
  if (stems.length > 0)
    await tx
      .deleteFrom("search_term")
      .where((eb) => eb.or([eb("term", "in", stems), eb("word", "in", words)]))
      .execute();
  await tx
    .deleteFrom("search_term")
    .where(containsText(tx, "word", text))
    .execute();
  if (stems.length === 0) return;
  if (isPostgres(tx)) {
    for (const postId of await postIdsWithAnyTerm(tx, stems)) await postChanged(tx, postId);
    return;
  }
  const match = stems.map((stem) => `"${stem.replace(/"/g, '""')}"`).join(" OR ");
  const still = await sql<{ rowid: number }>`select rowid from post_fts where post_fts match ${match}`.execute(tx);
  for (const row of still.rows) await postChanged(tx, row.rowid);
}

/** A thread's details that search filters or lifts by changed (its track, solution, category), not its text. */
export async function threadDetailsChanged(tx: DB, threadId: number): Promise<void> {
  if (outboxOn()) await enqueueThreadForSearch(tx, threadId);
}

/** Several threads' details changed at once: a Vidensbank article published, re-sourced or unpublished. */
export async function threadsDetailsChanged(tx: DB, threadIds: number[], now = new Date()): Promise<void> {
  if (outboxOn()) await enqueueThreadsForSearch(tx, threadIds, now);
}

/** A thread that no longer exists (merged into another), whose search document must go. */
export async function threadRemoved(tx: DB, threadId: number, formerPostId: number): Promise<void> {
  if (outboxOn()) await enqueueRemovedThreadForSearch(tx, threadId, formerPostId);
}

// What pages, commands and the server read of search, through this entry point.
export { getSearchBackend } from "./backend.server";
export { findSimilarThreads, similarThreadsFor } from "./similar.server";
export { meiliConfigFromEnv } from "./meilisearch/meilisearch.server";
export { outboxBacklog } from "./meilisearch/outbox.server";
export { postPlainText, startSearchOutboxWorker } from "./meilisearch/outbox-worker.server";
