import type { Track } from "../../db/schema";

export type SearchSort = "relevance" | "newest";

export interface SearchRequest {
  q: string;
  categorySlug?: string;
  tagSlugs: string[];
  municipalitySlug?: string;
  track?: Track;
  answeredOnly: boolean;
  /** Only threads a published Vidensbank article cites (`vidensbank=1`). */
  knowledgeOnly?: boolean;
  authorId?: number;
  from?: string; // YYYY-MM-DD
  to?: string; // YYYY-MM-DD
  sort: SearchSort;
  page: number;
  perPage: number;
  /** The words exactly as typed, without spelling correction (`eksakt=1`, from "søg i stedet efter …"). */
  exact?: boolean;
}

export interface SearchHit {
  threadId: number;
  title: string;
  url: string;
  /** HTML: escaped text with <mark> around the matching words. */
  snippet: string;
  score: number;
  tags: { slug: string; label: string; kind: "case" | "theme" }[];
  municipality: string;
  answered: boolean;
  track: Track;
  createdAt: string;
  lastPostAt: string;
  /** The published Vidensbank article that cites this thread, shown as a badge and link. */
  article?: { slug: string; title: string } | null;
}

export interface SearchResponse {
  total: number;
  results: SearchHit[];
  /** The corrected query the results are for, when some words matched nothing but a close spelling did. */
  didYouMean: string | null;
}

/** Both backends answer the same request with the same shape; the conformance suite holds them to it. */
export interface SearchBackend {
  readonly name: "fts5" | "postgres" | "meilisearch";
  search(request: SearchRequest): Promise<SearchResponse>;
}

/** A hit as the JSON search API and `tvaers search --json` give it: tag labels only, no internal fields. */
export function searchHitJson({
  threadId,
  title,
  url,
  snippet,
  score,
  tags,
  municipality,
  answered,
  article,
}: SearchHit) {
  return {
    threadId,
    title,
    url,
    snippet,
    score,
    tags: tags.map((tag) => tag.label),
    municipality,
    answered,
    knowledgeArticle: article ?? null,
  };
}
