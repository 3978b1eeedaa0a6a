import { sql } from "kysely";
import type { DB } from "../../db.server";
import type { TermGroup } from "../query/query-plan.server";
import type { RankingWeights } from "../fts5/thread-ranking.server";
import { pageOfScored, type RankedPage } from "../ranked-page.server";
import type { SearchRequest } from "../types";
import { groupTsquery, planTsquery } from "./tsquery";

/**
 * Thread ranking on PostgreSQL, the counterpart of FTS5's BM25 over the
 * thread document. PostgreSQL's ts_rank knows term frequency, the A/D
 * weights and document length but not how rare a word is, so each group's
 * ts_rank is multiplied by its inverse document frequency, as BM25 weighs
 * it: a rare topic word outweighs a common one, as in the FTS5 backend.
 */

/** How many threads match a group, counted up to `bound` + 1. */
export async function groupFrequencyPostgres(db: DB, group: TermGroup, bound: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from (
      select 1 from thread_search where document @@ ${groupTsquery(group)}::tsquery limit ${bound + 1}) as m`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** In how many threads each (analysed) term occurs, counted up to `bound`. */
export async function termFrequenciesPostgres(db: DB, terms: string[], bound = 3000): Promise<Map<string, number>> {
  const frequencies = new Map<string, number>();
  for (const term of terms) {
    const group: TermGroup = { terms: new Set([term]), prefixes: [], phrases: [], nearby: [], negated: false };
    const n = await groupFrequencyPostgres(db, group, bound);
    if (n > 0) frequencies.set(term, n);
  }
  return frequencies;
}

export async function anyThreadMatchesPostgres(db: DB, group: TermGroup): Promise<boolean> {
  return (await groupFrequencyPostgres(db, group, 0)) > 0;
}

async function documentCount(db: DB): Promise<number> {
  const row = await db
    .selectFrom("thread_search")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** BM25's inverse document frequency of a group matching `n` of `total` threads. */
function idf(n: number, total: number): number {
  return Math.log(1 + (total - n + 0.5) / (n + 0.5));
}

export interface PostgresRankInput {
  positive: TermGroup[];
  negative: TermGroup[];
  /** Threads each positive group matches (bounded), in the order of `positive`. */
  frequencies: number[];
  request: SearchRequest;
  articles: Set<number>;
  weights: RankingWeights;
  /** Only threads with an id at least this (the newest window of a very common query). */
  fromThreadId?: number;
  applyFilters: <Q>(query: Q) => Q;
}

/** The request's page of matching threads, scored, sorted and paged by PostgreSQL. */
export async function scoredThreadsPostgres(db: DB, input: PostgresRankInput): Promise<RankedPage> {
  const { positive, negative, request, weights } = input;
  const total = await documentCount(db);
  const match = planTsquery(positive, negative);
  // ts_rank's weights are {D, C, B, A}: the body is D, title and tags A.
  const rankWeights = `{${weights.body / weights.title},0,0,1}`;
  const parts = positive.map(
    (group, i) =>
      sql`${idf(input.frequencies[i] ?? 0, total)}::float8 * ts_rank(${rankWeights}::float4[], s.document, ${groupTsquery(group)}::tsquery)`,
  );
  const relevance = parts.length > 0 ? sql.join(parts, sql` + `) : sql`0`;
  const score = sql<number>`(${relevance})
    * (case when t.solution_post_id is not null then ${weights.answeredLift}::float8 else 1 end)
    * (case when t.id = any(${[...input.articles]}::integer[]) then ${weights.articleLift}::float8 else 1 end)`;
  let matching = db
    .selectFrom("thread_search as s")
    .innerJoin("thread as t", "t.id", "s.thread_id")
    .where(sql<boolean>`s.document @@ ${match}::tsquery`);
  if (input.fromThreadId !== undefined) matching = matching.where("s.thread_id", ">=", input.fromThreadId);
  matching = input.applyFilters(matching);
  const scored = matching.select(["t.id as id", score.as("score"), "t.solution_post_id", "t.last_post_at"]).as("r");
  return pageOfScored(db, scored, request, async () =>
    Number((await matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst())?.n ?? 0),
  );
}

/** The id of the `window`-th newest thread matching the plan: where a very common query's window starts. */
export async function windowStartPostgres(
  db: DB,
  input: Pick<PostgresRankInput, "positive" | "negative" | "applyFilters">,
  window: number,
): Promise<number | undefined> {
  let matching = db
    .selectFrom("thread_search as s")
    .innerJoin("thread as t", "t.id", "s.thread_id")
    .where(sql<boolean>`s.document @@ ${planTsquery(input.positive, input.negative)}::tsquery`);
  matching = input.applyFilters(matching);
  const row = await matching
    .select("s.thread_id")
    .orderBy("s.thread_id", "desc")
    .limit(1)
    .offset(window - 1)
    .executeTakeFirst();
  return row?.thread_id;
}
