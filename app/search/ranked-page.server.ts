import { sql, type AliasedSelectQueryBuilder } from "kysely";
import type { DB } from "../db.server";
import type { SearchRequest } from "./types";

export interface RankedThread {
  id: number;
  score: number;
  answered: boolean;
  lastPostAt: string;
}

export interface RankedPage {
  /** How many threads match in all. */
  total: number;
  /** The request's page of them, best (or newest) first. */
  threads: RankedThread[];
}

interface ScoredRow {
  id: number;
  score: number;
  solution_post_id: number | null;
  last_post_at: string;
}

/**
 * The request's page of scored threads, sorted and paged by the database, so
 * only one page of rows reaches JavaScript; both database backends rank
 * through it. The total comes with the page (a window count over the scored
 * rows), so the match is evaluated once; past the last page `countAll`
 * counts instead.
 */
export async function pageOfScored(
  db: DB,
  scored: AliasedSelectQueryBuilder<ScoredRow, "r">,
  request: Pick<SearchRequest, "sort" | "page" | "perPage">,
  countAll: () => Promise<number>,
): Promise<RankedPage> {
  let ordered = db
    .selectFrom(scored)
    .selectAll()
    .select(sql<number>`count(*) over ()`.as("total"));
  ordered =
    request.sort === "newest"
      ? ordered.orderBy("r.last_post_at", "desc").orderBy("r.id", "desc")
      : ordered.orderBy("r.score", "desc").orderBy("r.last_post_at", "desc").orderBy("r.id", "desc");
  const rows = await ordered
    .limit(request.perPage)
    .offset((request.page - 1) * request.perPage)
    .execute();
  const total = rows[0]?.total ?? (request.page > 1 ? await countAll() : 0);
  return {
    total: Number(total),
    threads: rows.map((row) => ({
      id: row.id,
      score: Number(row.score),
      answered: row.solution_post_id !== null,
      lastPostAt: row.last_post_at,
    })),
  };
}
