import { sql } from "kysely";
import type { DB } from "../../db.server";
import { listPublishedArticleThreads } from "../../models/article.server";
import { tagsForThreads } from "../../models/thread-list.server";
import { threadPath } from "../../models/thread-path";
import { coverage } from "../query/phrase-count";
import { planQuery, type TermGroup } from "../query/query-plan.server";
import { makeSnippet } from "../query/snippet";
import {
  applyThreadFilters,
  DEFAULT_WEIGHTS,
  rankThreads,
  type RankedThread,
  type RankingWeights,
} from "./thread-ranking.server";
import { hasFilters } from "../query/search-request";
import type { SearchBackend, SearchHit, SearchRequest, SearchResponse } from "../types";
import { inIds, isPostgres } from "../../../db/dialect";

/**
 * The post each result shows and links to: the one covering most of the
 * query's groups, the opening post when none does (the thread matched by
 * its title or tags).
 */
async function bestPosts(db: DB, threadIds: number[], positive: TermGroup[]): Promise<Map<number, number>> {
  if (threadIds.length === 0) return new Map();
  const cover = coverage(positive);
  // The analysed text of each visible post (post_fts_content holds FTS5's copy, post_search PostgreSQL's).
  const { rows } = isPostgres(db)
    ? await sql<{ id: number; thread_id: number; c1: string | null }>`
        select p.id, p.thread_id, c.body as c1 from post as p left join post_search as c on c.post_id = p.id
        where ${inIds(db, sql.ref("p.thread_id"), threadIds)} and p.deleted_at is null order by p.id`.execute(db)
    : await sql<{ id: number; thread_id: number; c1: string | null }>`
        select p.id, p.thread_id, c.c1 from post as p left join post_fts_content as c on c.id = p.id
        where ${inIds(db, sql.ref("p.thread_id"), threadIds)} and p.deleted_at is null order by p.id`.execute(db);
  const best = new Map<number, { id: number; covered: number }>();
  for (const row of rows) {
    const covered = row.c1 === null ? -1 : cover(row.c1).length;
    const current = best.get(row.thread_id);
    if (!current || covered > current.covered) best.set(row.thread_id, { id: row.id, covered });
  }
  return new Map([...best].map(([threadId, post]) => [threadId, post.id]));
}

async function toHits(
  db: DB,
  ranked: RankedThread[],
  positive: TermGroup[],
  articles: Map<number, { slug: string; title: string }>,
): Promise<SearchHit[]> {
  const ids = ranked.map((thread) => thread.id);
  if (ids.length === 0) return [];
  const [threads, tags, postIds] = await Promise.all([
    db
      .selectFrom("thread as t")
      .innerJoin("municipality as m", "m.id", "t.municipality_id")
      .select([
        "t.id",
        "t.slug",
        "t.title",
        "t.track",
        "t.solution_post_id",
        "t.created_at",
        "t.last_post_at",
        "m.name as municipality",
      ])
      .where("t.id", "in", ids)
      .execute(),
    tagsForThreads(db, ids),
    bestPosts(db, ids, positive),
  ]);
  const bodies = new Map(
    (
      await db
        .selectFrom("post")
        .select(["id", "body_source"])
        .where("id", "in", [...postIds.values(), 0])
        .execute()
    ).map((post) => [post.id, post.body_source]),
  );
  const byId = new Map(threads.map((thread) => [thread.id, thread]));
  const highlight = (stem: string) =>
    positive.some(
      (group) =>
        group.terms.has(stem) ||
        group.prefixes.some((p) => stem.startsWith(p)) ||
        group.phrases.some((phrase) => phrase.includes(stem)) ||
        group.nearby.some((words) =>
          words.some((word) => (group.nearbyPrefix ? stem.startsWith(word) : stem === word)),
        ),
    );
  return ranked.flatMap(({ id, score }) => {
    const thread = byId.get(id);
    if (!thread) return [];
    const postId = postIds.get(id);
    return [
      {
        threadId: id,
        title: thread.title,
        url: threadPath(thread, postId),
        snippet: makeSnippet(bodies.get(postId ?? 0) ?? "", highlight),
        score: Math.round(score * 1000) / 1000,
        tags: tags.get(id) ?? [],
        municipality: thread.municipality,
        answered: thread.solution_post_id !== null,
        track: thread.track,
        createdAt: thread.created_at,
        lastPostAt: thread.last_post_at,
        article: articles.get(id) ?? null,
      },
    ];
  });
}

/** A search with filters and no words: the narrowed threads, most recently active first. */
async function listFiltered(
  db: DB,
  request: SearchRequest,
  articles: Map<number, { slug: string; title: string }>,
): Promise<SearchResponse> {
  const base = applyThreadFilters(db.selectFrom("thread as t"), request);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst(),
    base
      .select(["t.id", "t.solution_post_id", "t.last_post_at"])
      .orderBy("t.last_post_at", "desc")
      .orderBy("t.id", "desc")
      .limit(request.perPage)
      .offset((request.page - 1) * request.perPage)
      .execute(),
  ]);
  const ranked = rows.map((row) => ({
    id: row.id,
    score: 0,
    answered: row.solution_post_id !== null,
    lastPostAt: row.last_post_at,
  }));
  return { total: Number(count?.n ?? 0), results: await toHits(db, ranked, [], articles), didYouMean: null };
}

export interface Fts5SearchOptions {
  weights?: RankingWeights;
}

/**
 * FTS5 search: each thread is one document (title, tags, visible posts)
 * ranked by BM25 with statistics FTS5 keeps as it writes, lifted a little
 * for an accepted answer or a Vidensbank article.
 */
export async function searchFts5(
  db: DB,
  request: SearchRequest,
  options: Fts5SearchOptions = {},
): Promise<SearchResponse> {
  const articles = await listPublishedArticleThreads(db);
  const plan = await planQuery(db, request.q, { correct: !request.exact });
  if (!plan.match)
    return hasFilters(request) && plan.groups.length === 0 && !request.q.trim()
      ? listFiltered(db, request, articles)
      : { total: 0, results: [], didYouMean: null };
  const ranked = await rankThreads(
    db,
    { ...plan, match: plan.match },
    request,
    new Set(articles.keys()),
    options.weights ?? DEFAULT_WEIGHTS,
  );
  const positive = plan.groups.filter((group) => !group.negated);
  return {
    total: ranked.total,
    results: await toHits(db, ranked.threads, positive, articles),
    didYouMean: plan.didYouMean,
  };
}

/** The database's own search: FTS5 on SQLite, tsvector on PostgreSQL, with the same plan and ranking. */
export function fts5Backend(db: DB): SearchBackend {
  return { name: isPostgres(db) ? "postgres" : "fts5", search: (request) => searchFts5(db, request) };
}
