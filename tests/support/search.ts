import { getDb } from "../../app/db.server";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import type { SearchRequest } from "../../app/search/types";

/** A search for `q` as the search page asks for it with no filters: first page, by relevance. */
export function searchFor(q: string): SearchRequest {
  return { q, tagSlugs: [], answeredOnly: false, sort: "relevance", page: 1, perPage: 20 };
}

/** How many threads the search page finds for `q` (FTS5), as `?q=` reads it. */
export async function searchTotal(q: string): Promise<number> {
  return (await searchFts5(getDb(), readSearchRequest(new URLSearchParams({ q })))).total;
}
