import type { DB } from "../../db.server";
import { listPublishedArticleThreads } from "../../models/article.server";
import { tagsForThreads } from "../../models/thread-list.server";
import { foldDanish, tokenize } from "../query/analyze";
import {
  MARK_END,
  MARK_START,
  ensureMeiliIndex,
  meiliIndex,
  meiliIndexNeedsEveryThread,
  type MeiliConfig,
  type ThreadDocument,
} from "./meilisearch.server";
import { completeOutboxRows, dueOutboxRows, enqueueAllThreads, recordOutboxFailure } from "./outbox.server";
import { backOffMs } from "../../polling-worker.server";
import { postVisibleToMembers } from "../../models/post-visibility.server";
import { startPollingWorker } from "../../polling-worker.server";
import { isPostgres } from "../../../db/dialect";

const COMPOUND_MIN_WORD = 8;
const COMPOUND_MIN_HEAD = 3;
const COMPOUND_MIN_TAIL = 5;
const MAX_WORD_FORMS = 50_000;

/** A post's Markdown as the plain text Meilisearch indexes and crops snippets from. */
export function postPlainText(markdown: string): string {
  return markdown
    .replaceAll(MARK_START, "")
    .replaceAll(MARK_END, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/^\s*>+\s?/gm, "")
    .replace(/[*_`#~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What the FTS5 analysis gives Danish and Meilisearch does not: each word's
 * ae/oe/aa spelling and its æ/ø/å spelling, and the tails of long words, so
 * "rådgivning" finds "chatrådgivning" as FTS5's compound lookup does.
 * Searched last and without typo tolerance, so these only add recall.
 */
export function danishWordForms(texts: string[]): string {
  const seen = new Set<string>();
  const forms = new Set<string>();
  for (const text of texts) {
    for (const { word } of tokenize(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const respelled = word.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
      for (const spelling of new Set([word, foldDanish(word), respelled])) {
        if (spelling !== word) forms.add(spelling);
        if (spelling.length < COMPOUND_MIN_WORD) continue;
        for (let head = COMPOUND_MIN_HEAD; spelling.length - head >= COMPOUND_MIN_TAIL; head += 1)
          forms.add(spelling.slice(head));
      }
      if (forms.size >= MAX_WORD_FORMS) return [...forms].join(" ");
    }
  }
  return [...forms].join(" ");
}

/** The current documents for some threads; threads with no visible post (or gone) are to be deleted. */
export async function buildThreadDocuments(
  db: DB,
  threadIds: number[],
): Promise<{ documents: ThreadDocument[]; deleteIds: number[] }> {
  if (threadIds.length === 0) return { documents: [], deleteIds: [] };
  const [threads, posts, tags, articles] = await Promise.all([
    db
      .selectFrom("thread")
      .innerJoin("category", "category.id", "thread.category_id")
      .innerJoin("municipality", "municipality.id", "thread.municipality_id")
      .where("thread.id", "in", threadIds)
      .select([
        "thread.id",
        "thread.slug",
        "thread.title",
        "thread.track",
        "thread.solution_post_id",
        "thread.author_id",
        "thread.created_at",
        "thread.last_post_at",
        "category.slug as category_slug",
        "municipality.slug as municipality_slug",
        "municipality.name as municipality_name",
      ])
      .execute(),
    db
      .selectFrom("post")
      .select(["id", "thread_id", "body_source"])
      .where("thread_id", "in", threadIds)
      .where(postVisibleToMembers("post"))
      .orderBy("id")
      .execute(),
    tagsForThreads(db, threadIds),
    // The same reading of "cited" as FTS5's lift and filter, so both backends agree on which threads count.
    listPublishedArticleThreads(db, threadIds),
  ]);
  const postsByThread = new Map<number, { id: number; text: string }[]>();
  for (const post of posts) {
    const list = postsByThread.get(post.thread_id) ?? [];
    list.push({ id: post.id, text: postPlainText(post.body_source) });
    postsByThread.set(post.thread_id, list);
  }
  const documents: ThreadDocument[] = [];
  for (const thread of threads) {
    const threadPosts = postsByThread.get(thread.id);
    if (!threadPosts || threadPosts.length === 0) continue;
    const threadTags = tags.get(thread.id) ?? [];
    const body = threadPosts.map((post) => post.text);
    const article = articles.get(thread.id) ?? null;
    documents.push({
      id: thread.id,
      slug: thread.slug,
      title: thread.title,
      body,
      post_ids: threadPosts.map((post) => post.id),
      word_forms: danishWordForms([thread.title, ...threadTags.map((tag) => tag.label), ...body]),
      tag_labels: threadTags.map((tag) => tag.label),
      category: thread.category_slug,
      tags: threadTags.map((tag) => tag.slug),
      tag_details: threadTags,
      municipality: thread.municipality_slug,
      municipality_name: thread.municipality_name,
      track: thread.track,
      answered: thread.solution_post_id !== null,
      in_knowledge_base: article !== null,
      knowledge_lift: article ? 1 : 0,
      article,
      author_id: thread.author_id,
      created_at: Date.parse(thread.created_at),
      last_activity_at: Date.parse(thread.last_post_at),
    });
  }
  const kept = new Set(documents.map((document) => document.id));
  return { documents, deleteIds: threadIds.filter((id) => !kept.has(id)) };
}

export interface DrainOptions {
  batchSize?: number;
  /** How long to wait for Meilisearch to finish a task before counting the batch as failed. */
  taskTimeoutMs?: number;
  now?: () => Date;
  random?: () => number;
}

export interface DrainResult {
  sent: number;
  failed: number;
  error: string | null;
}

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Sends one batch of due outbox rows: their threads' current documents (or
 * deletions), then waits for Meilisearch's tasks. Rows are deleted only when
 * every task succeeded; otherwise each row's attempts go up and its next
 * attempt moves out by the back-off. Re-sending is harmless: a document is
 * always rebuilt from the database as it is now.
 */
export async function drainSearchOutboxBatch(
  db: DB,
  config: MeiliConfig,
  options: DrainOptions = {},
): Promise<DrainResult> {
  // PostgreSQL: several app servers drain the outbox; the batch's rows stay
  // locked (SKIP LOCKED) until Meilisearch has confirmed them, so no two
  // servers send the same rows, and a crash hands them back.
  if (isPostgres(db) && !db.isTransaction)
    return db.transaction().execute((tx) => drainSearchOutboxBatch(tx, config, options));
  const now = options.now ?? (() => new Date());
  const rows = await dueOutboxRows(db, now(), options.batchSize ?? 100);
  if (rows.length === 0) return { sent: 0, failed: 0, error: null };
  try {
    const { documents, deleteIds } = await buildThreadDocuments(db, [...new Set(rows.map((row) => row.threadId))]);
    const index = meiliIndex(config, 15_000);
    const wait = { timeout: options.taskTimeoutMs ?? 30_000, interval: 100 };
    // One task at a time: each is awaited before the next is sent, so a failure leaves nothing dangling.
    const tasks = [];
    if (documents.length > 0) tasks.push(await index.addDocuments(documents, { primaryKey: "id" }).waitTask(wait));
    if (deleteIds.length > 0) tasks.push(await index.deleteDocuments(deleteIds).waitTask(wait));
    const failed = tasks.find((task) => task.status !== "succeeded");
    if (failed)
      throw new Error(`Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message ?? "no detail"}`);
    await completeOutboxRows(
      db,
      rows.map((row) => row.id),
    );
    return { sent: rows.length, failed: 0, error: null };
  } catch (error) {
    await recordOutboxFailure(db, rows, message(error), now(), options.random);
    return { sent: 0, failed: rows.length, error: message(error) };
  }
}

/** Sends due batches until none is left, one fails, or `maxBatches` have gone. */
export async function drainSearchOutbox(
  db: DB,
  config: MeiliConfig,
  options: DrainOptions & { maxBatches?: number } = {},
): Promise<DrainResult> {
  const total: DrainResult = { sent: 0, failed: 0, error: null };
  for (let batch = 0; batch < (options.maxBatches ?? 50); batch += 1) {
    const result = await drainSearchOutboxBatch(db, config, options);
    total.sent += result.sent;
    total.failed += result.failed;
    total.error = result.error;
    if (result.error || result.sent === 0) break;
  }
  return total;
}

export interface SearchOutboxWorkerOptions extends DrainOptions {
  db: DB;
  /** Null (SEARCH_BACKEND=fts5) starts nothing. */
  meili: MeiliConfig | null;
  /** Pause between drains when the outbox is empty or after a failure. */
  intervalMs?: number;
  log?: (line: string) => void;
}

/**
 * Keeps Meilisearch in step with the database: on start it applies the index
 * settings (and queues every thread when the index is empty), then drains the
 * outbox every `intervalMs`, in the shared polling loop. The returned
 * function stops it, waiting for a drain in flight to finish.
 */
export function startSearchOutboxWorker(options: SearchOutboxWorkerOptions): () => Promise<void> {
  const { db, meili } = options;
  if (!meili) return async () => {};
  const config: MeiliConfig = meili;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.warn(line));
  let indexReady = false;
  let firstSetup = true;
  let everyThreadQueued = false;
  let setupFailures = 0;
  let nextSetupAt = 0;
  let failing = false;

  async function setUpIndex(): Promise<void> {
    if (now().getTime() < nextSetupAt) return;
    try {
      // Asked before the settings are applied, which would hide that the documents predate them.
      if (firstSetup && !everyThreadQueued && (await meiliIndexNeedsEveryThread(config))) {
        const queued = await enqueueAllThreads(db, now());
        everyThreadQueued = true;
        if (queued > 0)
          log(
            `Meilisearch index ${config.index} is empty or from before the Vidensbank lift: queued ${queued} threads for it.`,
          );
      }
      await ensureMeiliIndex(db, config);
      indexReady = true;
      firstSetup = false;
      setupFailures = 0;
    } catch (error) {
      setupFailures += 1;
      nextSetupAt = now().getTime() + backOffMs(setupFailures, options.random);
      if (setupFailures === 1)
        log(`Meilisearch is not ready (${config.host}): ${message(error)}. Posts wait in the search outbox.`);
    }
  }

  return startPollingWorker({
    name: "Search outbox",
    intervalMs: options.intervalMs ?? 1_000,
    log,
    async round() {
      if (!indexReady) await setUpIndex();
      if (!indexReady) return;
      const result = await drainSearchOutbox(db, config, options);
      if (result.error && !failing) log(`Search outbox: Meilisearch failed (${result.error}); retrying with back-off.`);
      if (!result.error && failing) log("Search outbox: Meilisearch answers again.");
      failing = result.error !== null;
      // Settings are put back after an outage: Meilisearch may have come back empty.
      if (failing) indexReady = false;
    },
  });
}
