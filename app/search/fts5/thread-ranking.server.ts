import { sql, type SelectQueryBuilder } from "kysely";
import type { Database } from "../../../db/schema";
import type { DB } from "../../db.server";
import {
  groupExpression,
  matchExpression,
  withoutWidening,
  type QueryPlan,
  type TermGroup,
} from "../query/query-plan.server";
import type { SearchRequest } from "../types";
import { pageOfScored, type RankedPage, type RankedThread } from "../ranked-page.server";

export type { RankedPage, RankedThread };
import { isPostgres } from "../../../db/dialect";
import { groupFrequencyPostgres, scoredThreadsPostgres, windowStartPostgres } from "../postgres/thread-ranking.server";

/**
 * How a thread's columns weigh in BM25. Tags are curated words for the
 * thread's topic, often the only place its everyday word occurs ("gaming"),
 * so they weigh like the title.
 */
export interface RankingWeights {
  title: number;
  tags: number;
  body: number;
  /** Multiplies the score of a thread with an accepted answer. */
  answeredLift: number;
  /** Multiplies the score of a thread a published Vidensbank article cites. */
  articleLift: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { title: 3, tags: 3, body: 1, answeredLift: 1.1, articleLift: 1.15 };

/**
 * Threads a query may rank exactly. A query whose words occur in more
 * threads than this drops its most common words from the match (they weigh
 * least in BM25 anyway) and keeps every thread with its rarer ones; if even
 * its rarest word is this common, only the newest WINDOW matches are ranked.
 */
const EXACT_BOUND = 3000;
const WINDOW = 1500;

type ThreadQuery = SelectQueryBuilder<Database & { f: { rowid: number }; t: Database["thread"] }, "f" | "t", object>;

/** The request's filters, on the thread row `t`. */
export function applyThreadFilters<Q extends SelectQueryBuilder<any, any, any>>(query: Q, request: SearchRequest): Q {
  let q = query as unknown as SelectQueryBuilder<Database & { t: Database["thread"] }, "t", object>;
  if (request.categorySlug)
    q = q.where("t.category_id", "=", (e) =>
      e
        .selectFrom("category")
        .select("id")
        .where("slug", "=", request.categorySlug ?? ""),
    );
  if (request.municipalitySlug)
    q = q.where("t.municipality_id", "=", (e) =>
      e
        .selectFrom("municipality")
        .select("id")
        .where("slug", "=", request.municipalitySlug ?? ""),
    );
  if (request.track) q = q.where("t.track", "=", request.track);
  if (request.answeredOnly) q = q.where("t.solution_post_id", "is not", null);
  if (request.authorId) q = q.where("t.author_id", "=", request.authorId);
  if (request.from) q = q.where("t.created_at", ">=", `${request.from}T00:00:00.000Z`);
  if (request.to) q = q.where("t.created_at", "<=", `${request.to}T23:59:59.999Z`);
  if (request.knowledgeOnly) {
    q = q.where("t.id", "in", (eb) =>
      eb
        .selectFrom("article_source as s")
        .innerJoin("knowledge_article as a", "a.id", "s.article_id")
        .innerJoin("post as sp", "sp.id", "s.post_id")
        .where("a.status", "=", "published")
        .select("sp.thread_id"),
    );
  }
  for (const slug of request.tagSlugs) {
    q = q.where("t.id", "in", (eb) =>
      eb
        .selectFrom("thread_tag as tt")
        .innerJoin("tag", "tag.id", "tt.tag_id")
        .select("tt.thread_id")
        .where("tag.slug", "=", slug),
    );
  }
  return q as unknown as Q;
}

/**
 * How many threads a group matches, counted up to EXACT_BOUND + 1 by reading
 * only that many rowids of its doclist: FTS5's vocabulary table would read
 * every doclist whole, which for a common word is the slowest part of a search.
 */
async function groupFrequency(db: DB, group: TermGroup): Promise<number> {
  if (isPostgres(db)) return groupFrequencyPostgres(db, group, EXACT_BOUND);
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from (select rowid from thread_fts where thread_fts match ${groupExpression(group)} limit ${EXACT_BOUND + 1})`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * A group and how many threads it matches. When the group matches more than
 * EXACT_BOUND threads, its widenings (the prefix for compounds starting with
 * the word, a compound's parts) go: of a common word only the newest matches
 * are ranked either way, and every prefix costs each statement a merge of all
 * the doclists it covers (a common stem's ran to 60 ms at a million posts);
 * a rare compound whose parts are common keeps every thread that uses the
 * compound itself instead of the newest few that use its parts.
 */
async function boundedGroup(db: DB, group: TermGroup): Promise<{ group: TermGroup; n: number }> {
  const core = withoutWidening(group);
  if (!core) return { group, n: await groupFrequency(db, group) };
  const coreN = await groupFrequency(db, core);
  if (coreN > EXACT_BOUND) return { group: core, n: coreN };
  const n = await groupFrequency(db, group);
  return n > EXACT_BOUND ? { group: core, n: coreN } : { group, n };
}

function matchingThreads(db: DB, match: string, request: SearchRequest): ThreadQuery {
  const query = db
    .selectFrom(sql<{ rowid: number }>`thread_fts`.as("f"))
    .innerJoin("thread as t", (join) => join.on(sql`t.id`, "=", sql`f.rowid`))
    .where(sql<boolean>`thread_fts match ${match}`);
  return applyThreadFilters(query as unknown as ThreadQuery, request);
}

/**
 * The threads matching the plan, each with its BM25 score over the thread
 * as one document (title, tags, all visible posts) and the lifts.
 */
export async function rankThreads(
  db: DB,
  plan: QueryPlan & { match: string },
  request: SearchRequest,
  articles: Set<number>,
  weights: RankingWeights = DEFAULT_WEIGHTS,
): Promise<RankedPage> {
  const negative = plan.groups.filter((group) => group.negated);
  const bounded = await Promise.all(
    plan.groups.filter((group) => !group.negated).map((group) => boundedGroup(db, group)),
  );
  const positive = bounded.map(({ group }) => group);
  const frequencies = bounded.map(({ n }) => n);
  const total = frequencies.reduce((sum, n) => sum + n, 0);
  let match = matchExpression(positive, negative) ?? plan.match;
  if (total > EXACT_BOUND) {
    const byRarity = positive.map((group, i) => ({ group, n: frequencies[i] ?? 0 })).sort((a, b) => a.n - b.n);
    const kept: TermGroup[] = [];
    let sum = 0;
    for (const { group, n } of byRarity) {
      if (sum + n > EXACT_BOUND) break;
      kept.push(group);
      sum += n;
    }
    if (isPostgres(db)) {
      const filters = <Q>(query: Q) => applyThreadFilters(query as SelectQueryBuilder<any, any, any>, request) as Q;
      const input = { positive, negative, frequencies, request, articles, weights, applyFilters: filters };
      if (kept.length === 0)
        return scoredThreadsPostgres(db, {
          ...input,
          fromThreadId: await windowStartPostgres(db, input, WINDOW),
        });
      return scoredThreadsPostgres(db, {
        ...input,
        positive: kept,
        frequencies: kept.map((group) => frequencies[positive.indexOf(group)] ?? 0),
      });
    }
    if (kept.length === 0) return windowRanking(db, match, request, articles, weights);
    match = matchExpression(kept, negative) ?? plan.match;
  }
  if (isPostgres(db)) {
    const filters = <Q>(query: Q) => applyThreadFilters(query as SelectQueryBuilder<any, any, any>, request) as Q;
    return scoredThreadsPostgres(db, {
      positive,
      negative,
      frequencies,
      request,
      articles,
      weights,
      applyFilters: filters,
    });
  }
  return scoredThreads(db, match, request, articles, weights);
}

/**
 * The request's page of the matching threads, each scored by BM25 over the
 * thread as one document (FTS5 keeps the statistics as it writes) times the
 * lifts. SQLite sorts and pages, so only one page of rows reaches JavaScript.
 * With `newest`, only that many of the newest matches are scored: FTS5 reads
 * its doclists from the end and stops there (a rowid range would still walk
 * a phrase's or prefix's whole doclist).
 */
async function scoredThreads(
  db: DB,
  match: string,
  request: SearchRequest,
  articles: Set<number>,
  weights: RankingWeights,
  newest?: number,
): Promise<RankedPage> {
  const all = matchingThreads(db, match, request);
  const matches = newest === undefined ? all : all.orderBy(sql`f.rowid`, "desc").limit(newest);
  const articleIds = JSON.stringify([...articles]);
  const score = sql<number>`-bm25(thread_fts, ${weights.title}, ${weights.tags}, ${weights.body})
    * (case when t.solution_post_id is not null then ${weights.answeredLift} else 1 end)
    * (case when f.rowid in (select value from json_each(${articleIds})) then ${weights.articleLift} else 1 end)`;
  const scored = matches
    .select([sql<number>`f.rowid`.as("id"), score.as("score"), "t.solution_post_id", "t.last_post_at"])
    .as("r");
  // bm25() only runs in the inner query.
  return pageOfScored(db, scored, request, async () => {
    const counted = db.selectFrom(matches.select(sql<number>`f.rowid`.as("id")).as("m"));
    return Number((await counted.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0);
  });
}

/**
 * Every word of the query is in a large share of the threads: only the newest
 * WINDOW matches are ranked, by FTS5's BM25. Reading and counting the
 * window's texts in JavaScript cost ten times as much at 100,000 posts.
 */
function windowRanking(
  db: DB,
  match: string,
  request: SearchRequest,
  articles: Set<number>,
  weights: RankingWeights,
): Promise<RankedPage> {
  return scoredThreads(db, match, request, articles, weights, WINDOW);
}
