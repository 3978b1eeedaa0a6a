import type { Track } from "../../../db/schema";
import { trackFromParam } from "../../copy/da";
import { MAX_QUERY_LENGTH } from "./query-parser";
import type { SearchRequest } from "../types";

export const SEARCH_PER_PAGE = 20;
const SLUG = /^[a-z0-9-]{1,80}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function slugParam(value: string | null): string | undefined {
  return value && SLUG.test(value) ? value : undefined;
}

function dayParam(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
}

/**
 * The search page's and the API's parameters (Danish names, as in the URL).
 * Anything malformed is ignored rather than refused, so a hand-edited link
 * still searches.
 */
export function readSearchRequest(params: URLSearchParams): SearchRequest {
  const page = /^[1-9]\d{0,3}$/.test(params.get("side") ?? "") ? Number(params.get("side")) : 1;
  const author = params.get("forfatter");
  const track: Track | undefined = trackFromParam(params.get("spor"));
  return {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    categorySlug: slugParam(params.get("kategori")),
    tagSlugs: [...new Set(params.getAll("tag").filter((slug) => SLUG.test(slug)))].slice(0, 8),
    municipalitySlug: slugParam(params.get("kommune")),
    track,
    answeredOnly: params.get("besvaret") === "1",
    knowledgeOnly: params.get("vidensbank") === "1",
    authorId: author && /^[1-9]\d{0,9}$/.test(author) ? Number(author) : undefined,
    from: dayParam(params.get("fra")),
    to: dayParam(params.get("til")),
    sort: params.get("sortering") === "nyeste" ? "newest" : "relevance",
    page,
    perPage: SEARCH_PER_PAGE,
    exact: params.get("eksakt") === "1",
  };
}

/** Whether the request narrows the threads at all: with no words, the narrowed threads are listed newest first. */
export function hasFilters(request: SearchRequest): boolean {
  return Boolean(
    request.categorySlug ||
    request.municipalitySlug ||
    request.track ||
    request.answeredOnly ||
    request.knowledgeOnly ||
    request.authorId ||
    request.from ||
    request.to ||
    request.tagSlugs.length > 0,
  );
}
