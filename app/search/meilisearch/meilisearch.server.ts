import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchTaskTimeOutError,
  type Hit,
  type Index,
  type Settings,
} from "meilisearch";
import type { Track } from "../../../db/schema";
import type { DB } from "../../db.server";
import type { Env } from "../../env.server";
import { MAX_QUERY_LENGTH, parseQuery } from "../query/query-parser";
import { hasFilters } from "../query/search-request";
import { DANISH_STOP_WORDS } from "../query/stem-overrides";
import type { SearchBackend, SearchHit, SearchRequest, SearchResponse } from "../types";
import { threadPath } from "../../models/thread-path";

/** Where Meilisearch is. Passed explicitly, so tests and tools need not go through the cached environment. */
export interface MeiliConfig {
  host: string;
  apiKey?: string;
  index: string;
}

export function meiliConfigFromEnv(env: Env): MeiliConfig | null {
  if (env.SEARCH_BACKEND !== "meilisearch" || !env.MEILI_HOST) return null;
  return { host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY, index: env.MEILI_INDEX };
}

/**
 * One document per thread, because a result is a thread: the title, every
 * visible post's plain text (in order, with the post ids alongside so the
 * snippet can link to the post that matched), and the thread's facets.
 * Timestamps are milliseconds since the epoch, so they can be compared in filters.
 */
export interface ThreadDocument {
  id: number;
  slug: string;
  title: string;
  body: string[];
  post_ids: number[];
  /** The Danish analysis Meilisearch lacks: ae/oe/aa ↔ æ/ø/å spellings and compound tails (chatrådgivning → rådgivning). */
  word_forms: string;
  category: string;
  /** The curated tags' labels, searchable right after the title: often the thread's everyday word for its topic. */
  tag_labels: string[];
  tags: string[];
  tag_details: { slug: string; label: string; kind: "case" | "theme" }[];
  municipality: string;
  municipality_name: string;
  track: Track;
  answered: boolean;
  /** Cited by a published Vidensbank article: the «kun Vidensbank» filter. */
  in_knowledge_base: boolean;
  /**
   * The same fact as a number (1 or 0) for the ranking rule: Meilisearch
   * documents custom ranking rules only for numbers and strings.
   */
  knowledge_lift: number;
  /** The citing article, for the result's «Vidensbank» badge and link; the newest, if several cite the thread. */
  article: { slug: string; title: string } | null;
  author_id: number;
  created_at: number;
  last_activity_at: number;
}

const SEARCH_TIMEOUT_MS = 5_000;
/** Private-use characters Meilisearch wraps matches in; documents never contain them (see the document builder). */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export function meiliIndex(config: MeiliConfig, timeoutMs = SEARCH_TIMEOUT_MS): Index<ThreadDocument> {
  return new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: timeoutMs }).index<ThreadDocument>(
    config.index,
  );
}

const LIFT_RULE = "knowledge_lift:desc";

/**
 * Relevance first, then the Vidensbank lift. Meilisearch ranks in buckets,
 * one rule after another, not by a sum, so FTS5's fixed lift cannot be
 * copied. The lift comes after the rules that tell matches apart by what they
 * match (words covered, typos, proximity, title before posts) and before
 * exactness, so it reorders only threads that match about equally well; and
 * after "sort", so it never reorders newest-first, as under FTS5.
 * "attribute" rather than its newer halves (attributeRank, wordPosition),
 * which older servers refuse.
 */
export const RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", LIFT_RULE, "exactness"];

/** The index settings, kept in code so every start puts them back (synonyms come from the search_synonym table). */
export async function meiliSettings(db: DB): Promise<Settings> {
  const synonyms: Record<string, string[]> = {};
  for (const { term, expansion } of await db
    .selectFrom("search_synonym")
    .select(["term", "expansion"])
    .orderBy("id")
    .execute()) {
    // Meilisearch synonyms are one-way: list both directions.
    (synonyms[term] ??= []).push(expansion);
    (synonyms[expansion] ??= []).push(term);
  }
  return {
    // Order is priority: a match in the title outranks one in the posts, and the derived forms come last.
    searchableAttributes: ["title", "tag_labels", "body", "word_forms"],
    filterableAttributes: [
      "category",
      "tags",
      "municipality",
      "track",
      "answered",
      "in_knowledge_base",
      "author_id",
      "created_at",
    ],
    sortableAttributes: ["last_activity_at"],
    rankingRules: RANKING_RULES,
    localizedAttributes: [{ attributePatterns: ["title", "tag_labels", "body", "word_forms"], locales: ["dan"] }],
    synonyms,
    // The same Danish stop words as FTS5's queries: "hvad", "skal", "på" decide nothing.
    stopWords: [...DANISH_STOP_WORDS],
    // Default minimum word sizes (5 letters for one typo, 9 for two); the derived forms are exact on purpose.
    typoTolerance: { enabled: true, disableOnAttributes: ["word_forms"] },
  };
}

/** Creates the index if needed and applies the settings, waiting until Meilisearch has them. */
export async function ensureMeiliIndex(
  db: DB,
  config: MeiliConfig,
  options: { timeoutMs?: number } = {},
): Promise<void> {
  const timeout = options.timeoutMs ?? 60_000;
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: 15_000 });
  const created = await client.createIndex(config.index, { primaryKey: "id" }).waitTask({ timeout, interval: 100 });
  if (created.status !== "succeeded" && created.error?.code !== "index_already_exists") {
    throw new Error(`Meilisearch could not create index ${config.index}: ${created.error?.message ?? created.status}`);
  }
  try {
    const task = await client
      .index(config.index)
      .updateSettings(await meiliSettings(db))
      .waitTask({ timeout, interval: 100 });
    if (task.status !== "succeeded")
      throw new Error(`Meilisearch refused the index settings: ${task.error?.message ?? task.status}`);
  } catch (error) {
    // A large index can take longer to re-index than we wait; the task is queued
    // and Meilisearch applies tasks in order, so later documents see the settings.
    if (!(error instanceof MeilisearchTaskTimeOutError)) throw error;
  }
}

/**
 * Whether an index must be sent every thread: it is missing or empty, or its
 * ranking rules predate the Vidensbank lift, so its documents lack
 * in_knowledge_base and knowledge_lift (a document is only re-sent when its
 * thread changes, and one without them would escape the filter and leave the
 * ranking rule undefined).
 */
export function needsEveryThread(
  numberOfDocuments: number,
  rankingRules: string[],
  searchableAttributes: string[] = ["tag_labels"],
): boolean {
  // Documents from before tags were searchable lack tag_labels.
  return numberOfDocuments === 0 || !rankingRules.includes(LIFT_RULE) || !searchableAttributes.includes("tag_labels");
}

export async function meiliIndexNeedsEveryThread(config: MeiliConfig): Promise<boolean> {
  const index = meiliIndex(config, 15_000);
  try {
    const [stats, rules, searchable] = await Promise.all([
      index.getStats(),
      index.getRankingRules(),
      index.getSearchableAttributes(),
    ]);
    return needsEveryThread(stats.numberOfDocuments, rules, searchable);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") return true;
    throw error;
  }
}

/**
 * A value as a double-quoted filter string. Meilisearch's filter parser
 * unescapes \" and \\ inside quotes; control characters are dropped.
 */
export function quoteFilterValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "");
  return `"${clean.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const dayStart = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const dayEnd = (day: string) => Date.parse(`${day}T23:59:59.999Z`);

/** The request's filters as Meilisearch filter expressions (ANDed). Attribute names are ours; values are always quoted or numbers. */
export function meiliFilter(request: SearchRequest): string[] {
  const filter: string[] = [];
  if (request.categorySlug) filter.push(`category = ${quoteFilterValue(request.categorySlug)}`);
  if (request.municipalitySlug) filter.push(`municipality = ${quoteFilterValue(request.municipalitySlug)}`);
  if (request.track) filter.push(`track = ${quoteFilterValue(request.track)}`);
  if (request.answeredOnly) filter.push("answered = true");
  if (request.knowledgeOnly) filter.push("in_knowledge_base = true");
  if (request.authorId !== undefined && Number.isSafeInteger(request.authorId))
    filter.push(`author_id = ${request.authorId}`);
  if (request.from && Number.isFinite(dayStart(request.from))) filter.push(`created_at >= ${dayStart(request.from)}`);
  if (request.to && Number.isFinite(dayEnd(request.to))) filter.push(`created_at <= ${dayEnd(request.to)}`);
  for (const slug of request.tagSlugs) filter.push(`tags = ${quoteFilterValue(slug)}`);
  return filter;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The snippet from the best-matching post: the cropped post with the most
 * matches. Meilisearch marks matches with private-use characters rather than
 * "<mark>", so the text can be escaped first and the marks put in afterwards;
 * a member who writes "<mark>" in a post gets it shown as text.
 */
export function snippetFromHit(hit: Hit<ThreadDocument>): { html: string; postId: number | undefined } {
  const formatted: unknown = hit._formatted?.body;
  const bodies = Array.isArray(formatted)
    ? formatted.map((text) => String(text))
    : typeof formatted === "string"
      ? [formatted]
      : [];
  let best = 0;
  let bestCount = 0;
  bodies.forEach((text, index) => {
    const count = text.split(MARK_START).length - 1;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  const html = escapeHtml(bodies[best] ?? "")
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
  return { html, postId: hit.post_ids?.[best] ?? hit.post_ids?.[0] };
}

const RETRIEVED: (keyof ThreadDocument)[] = [
  "id",
  "slug",
  "title",
  "post_ids",
  "tag_details",
  "municipality_name",
  "track",
  "answered",
  "article",
  "created_at",
  "last_activity_at",
];

/**
 * Meilisearch search. The query goes as typed: Meilisearch has its own parser
 * for "phrases" and -exclusions, and a prefix on the last word. A query with
 * nothing to look for (only punctuation, only exclusions) answers empty, as
 * FTS5 does, rather than listing every thread.
 */
export async function searchMeilisearch(config: MeiliConfig, request: SearchRequest): Promise<SearchResponse> {
  const q = request.q.slice(0, MAX_QUERY_LENGTH);
  const words = parseQuery(q).some((part) => !part.negated);
  // With filters and no words, the narrowed threads newest first, as under FTS5.
  if (!words && !(hasFilters(request) && !q.trim())) return { total: 0, results: [], didYouMean: null };
  const response = await meiliIndex(config).search(q, {
    filter: meiliFilter(request),
    sort: request.sort === "newest" || !words ? ["last_activity_at:desc"] : undefined,
    page: request.page,
    hitsPerPage: request.perPage,
    attributesToRetrieve: RETRIEVED,
    attributesToCrop: ["body"],
    cropLength: 36,
    cropMarker: "…",
    attributesToHighlight: ["body"],
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    showRankingScore: true,
    locales: ["dan"],
  });
  const results: SearchHit[] = response.hits.map((hit) => {
    const snippet = snippetFromHit(hit);
    return {
      threadId: hit.id,
      title: hit.title,
      url: threadPath(hit, snippet.postId),
      snippet: snippet.html,
      score: Math.round((hit._rankingScore ?? 0) * 1000) / 1000,
      tags: hit.tag_details ?? [],
      municipality: hit.municipality_name,
      answered: hit.answered,
      track: hit.track,
      createdAt: new Date(hit.created_at).toISOString(),
      lastPostAt: new Date(hit.last_activity_at).toISOString(),
      article: hit.article ?? null,
    };
  });
  return { total: response.totalHits, results, didYouMean: null };
}

export function meilisearchBackend(config: MeiliConfig): SearchBackend {
  return { name: "meilisearch", search: (request) => searchMeilisearch(config, request) };
}
