import { sql } from "kysely";
import type { DB } from "../db.server";
import { listPublishedArticleThreads } from "../models/article.server";
import { tagsForThreads } from "../models/thread-list.server";
import { groupMatches, planQuery, type QueryPlan, type TermGroup } from "./query-plan.server";
import { makeSnippet } from "./snippet";
import type { SearchBackend, SearchHit, SearchRequest, SearchResponse } from "./types";

/** Ranking a bounded set keeps one very common word from costing a sort of every matching post. */
const CANDIDATES = 2000;
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
/**
 * Lift for a thread a published Vidensbank article cites: moderators have
 * checked and summarised it, so it goes above a thread that matches as well.
 * Below what one more covered word adds for queries of up to five words
 * (10 / words), so it reorders near-equals rather than burying a better match.
 */
const ARTICLE_LIFT = 2;

/**
 * Past this many matching posts only the newest CANDIDATES are ranked: FTS5's
 * bm25() reads every matching row (and, for its IDF, the whole doclist of
 * every phrase again), which at a million posts costs a common word hundreds
 * of milliseconds.
 */
const WINDOW = CANDIDATES;
/** A prefix spelt out as more indexed terms than this stays an FTS5 prefix query. */
const MAX_PREFIX_TERMS = 300;
const BM25_K1 = 1.2;
const BM25_B = 0.75;

interface Candidate {
  post_id: number;
  thread_id: number;
  rank: number;
  title: string;
  body: string;
  /** The positive groups the post covers, when ranking already worked them out. */
  covers?: number[];
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;

function matchingPosts(db: DB, match: string, request: SearchRequest) {
  let query = db
    .selectFrom(sql<{ rowid: number; title: string; body: string }>`post_fts`.as("f"))
    .innerJoin("post as p", (join) => join.on(sql`p.id`, "=", sql`f.rowid`))
    .innerJoin("thread as t", "t.id", "p.thread_id")
    .where(sql<boolean>`post_fts match ${match}`);
  if (request.categorySlug) query = query.where("t.category_id", "=", (eb) => eb.selectFrom("category").select("id").where("slug", "=", request.categorySlug ?? ""));
  if (request.municipalitySlug) query = query.where("t.municipality_id", "=", (eb) => eb.selectFrom("municipality").select("id").where("slug", "=", request.municipalitySlug ?? ""));
  if (request.track) query = query.where("t.track", "=", request.track);
  if (request.answeredOnly) query = query.where("t.solution_post_id", "is not", null);
  if (request.knowledgeOnly) {
    query = query.where("t.id", "in", (eb) =>
      eb
        .selectFrom("article_source as s")
        .innerJoin("knowledge_article as a", "a.id", "s.article_id")
        .innerJoin("post as sp", "sp.id", "s.post_id")
        .where("a.status", "=", "published")
        .select("sp.thread_id"),
    );
  }
  if (request.authorId) query = query.where("t.author_id", "=", request.authorId);
  if (request.from) query = query.where("t.created_at", ">=", `${request.from}T00:00:00.000Z`);
  if (request.to) query = query.where("t.created_at", "<=", `${request.to}T23:59:59.999Z`);
  for (const slug of request.tagSlugs) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("thread_tag as tt").innerJoin("tag", "tag.id", "tt.tag_id").select("tt.tag_id").whereRef("tt.thread_id", "=", "t.id").where("tag.slug", "=", slug)),
    );
  }
  return query;
}

/**
 * The same expression with each prefix ("samtal"*) spelt out as the indexed
 * terms that start with it. FTS5 answers a prefix by merging the whole
 * doclist of every such term before it returns a row, however few rows are
 * asked for; separate terms are read only as far as needed.
 */
async function withPrefixesSpelt(db: DB, match: string, groups: TermGroup[]): Promise<string> {
  let spelt = match;
  for (const prefix of new Set(groups.flatMap((group) => group.prefixes))) {
    const rows = await db.selectFrom("search_term").select("term").where("term", ">=", prefix).where("term", "<", `${prefix}\uffff`).limit(MAX_PREFIX_TERMS + 1).execute();
    if (rows.length === 0 || rows.length > MAX_PREFIX_TERMS) continue;
    spelt = spelt.split(`${quote(prefix)}*`).join(`(${rows.map((row) => quote(row.term)).join(" OR ")})`);
  }
  return spelt;
}

/**
 * The posts to rank: all matches, by FTS5's BM25, when there are at most
 * WINDOW of them (exactly the ranking of a small forum); otherwise the newest
 * WINDOW matches, ranked in JavaScript by the same BM25 with statistics taken
 * from the window (see windowBm25).
 */
async function candidates(db: DB, plan: QueryPlan & { match: string }, request: SearchRequest): Promise<Candidate[]> {
  const spelt = await withPrefixesSpelt(db, plan.match, plan.groups);
  const newest = await matchingPosts(db, spelt, request)
    .select([sql<number>`f.rowid`.as("post_id"), "p.thread_id", sql<string>`f.title`.as("title"), sql<string>`f.body`.as("body")])
    .orderBy(sql`f.rowid`, "desc")
    .limit(WINDOW + 1)
    .execute();
  if (newest.length > WINDOW) {
    const window = newest.slice(0, WINDOW);
    const newestId = (await db.selectFrom("post").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst())?.id ?? 0;
    const scores = windowBm25(
      window,
      plan.groups.filter((group) => !group.negated),
      newestId - (window[window.length - 1]?.post_id ?? 0) + 1,
    );
    return window.map((row, i) => ({ ...row, rank: scores[i]?.rank ?? 0, covers: scores[i]?.covers ?? [] }));
  }
  const ranked = await matchingPosts(db, plan.match, request)
    .select([sql<number>`f.rowid`.as("post_id"), "p.thread_id", sql<number>`bm25(post_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`.as("rank")])
    .orderBy(sql`rank`)
    .limit(CANDIDATES)
    .execute();
  const texts = new Map(newest.map((row) => [row.post_id, row]));
  const missing = ranked.filter((row) => !texts.has(row.post_id)).map((row) => row.post_id);
  // Only if spelling the prefixes out lost a term the index holds but search_term does not.
  if (missing.length > 0) {
    const rows = await db.selectFrom(sql<{ rowid: number; title: string; body: string }>`post_fts`.as("f")).select([sql<number>`rowid`.as("post_id"), "title", "body"]).where(sql`rowid`, "in", missing).execute();
    for (const row of rows) texts.set(row.post_id, { ...row, thread_id: 0 });
  }
  return ranked.map((row) => ({ ...row, title: texts.get(row.post_id)?.title ?? "", body: texts.get(row.post_id)?.body ?? "" }));
}

interface Phrase {
  words: string[];
  prefix: boolean;
  /** The positive group it stands for. */
  group: number;
  /** For words of an abbreviation's long form: counted only where all of them occur. */
  nearby?: string[];
}

function queryPhrases(positive: TermGroup[]): Phrase[] {
  return positive.flatMap((group, index) => [
    ...[...group.terms].map((term) => ({ words: [term], prefix: false, group: index })),
    ...group.prefixes.map((prefix) => ({ words: [prefix], prefix: true, group: index })),
    ...group.phrases.filter((phrase) => phrase.length > 0).map((words) => ({ words, prefix: false, group: index })),
    ...group.nearby.flatMap((words) => words.map((word) => ({ words: [word], prefix: false, group: index, nearby: words }))),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Adds `weight` per occurrence of each phrase in one column (stems separated
 * by single spaces). One regular expression finds every token that could
 * start an occurrence, which V8 runs far faster than splitting the text into
 * words; the token found then tells which phrases occur there.
 */
function phraseCounter(phrases: Phrase[]) {
  const byWord = new Map<string, number[]>();
  const prefixes: number[] = [];
  const sequences: number[] = [];
  phrases.forEach((phrase, i) => {
    const [first, ...rest] = phrase.words;
    if (first === undefined) return;
    if (phrase.prefix) prefixes.push(i);
    else if (rest.length > 0) sequences.push(i);
    else byWord.set(first, [...(byWord.get(first) ?? []), i]);
  });
  const alternatives = [
    ...new Set([...byWord.keys(), ...sequences.map((i) => phrases[i]?.words[0] ?? "")].map(escapeRegExp)),
    ...prefixes.map((i) => `${escapeRegExp(phrases[i]?.words[0] ?? "")}[^ ]*`),
  ];
  const token = new RegExp(`(?<![^ ])(?:${alternatives.join("|")})(?![^ ])`, "g");
  return (text: string, counts: Float64Array, weight: number) => {
    token.lastIndex = 0;
    for (let found = token.exec(text); found; found = token.exec(text)) {
      const word = found[0];
      for (const i of byWord.get(word) ?? []) counts[i] = (counts[i] ?? 0) + weight;
      for (const i of prefixes) if (word.startsWith(phrases[i]?.words[0] ?? "")) counts[i] = (counts[i] ?? 0) + weight;
      for (const i of sequences) {
        const [first, ...rest] = phrases[i]?.words ?? [];
        const end = found.index + word.length + 1 + rest.join(" ").length;
        if (word === first && text.startsWith(` ${rest.join(" ")}`, found.index + word.length) && (end === text.length || text[end] === " ")) counts[i] = (counts[i] ?? 0) + weight;
      }
    }
  };
}

/**
 * FTS5's bm25() formula (k1 1.2, b 0.75, title weighted 3, IDF floored at
 * 1e-6) over the window: a phrase's document frequency is counted among the
 * window's posts, out of the posts published since the window's oldest one,
 * and the average length is the window's, in characters rather than words.
 * A word in most recent posts thus weighs next to nothing and the newest
 * posts that use it come first. The same counts give the positive groups
 * each post covers.
 */
function windowBm25(rows: { title: string; body: string }[], positive: TermGroup[], postsInWindow: number): { rank: number; covers: number[] }[] {
  const phrases = queryPhrases(positive);
  const count = phraseCounter(phrases);
  const hits = new Float64Array(phrases.length);
  const documents = rows.map((row) => {
    const frequencies = new Float64Array(phrases.length);
    count(row.title, frequencies, TITLE_WEIGHT);
    count(row.body, frequencies, BODY_WEIGHT);
    const covers = new Set<number>();
    phrases.forEach((phrase, i) => {
      if (!frequencies[i]) return;
      if (phrase.nearby && !phrase.nearby.every((word) => phrases.some((other, j) => other.nearby === phrase.nearby && other.words[0] === word && frequencies[j]))) frequencies[i] = 0;
      else {
        hits[i] = (hits[i] ?? 0) + 1;
        covers.add(phrase.group);
      }
    });
    return { frequencies, length: row.title.length + row.body.length, covers: [...covers] };
  });
  const averageLength = documents.reduce((sum, document) => sum + document.length, 0) / Math.max(1, rows.length);
  const idf = [...hits].map((n) => Math.max(Math.log((postsInWindow - n + 0.5) / (n + 0.5)), 1e-6));
  return documents.map(({ frequencies, length, covers }) => {
    const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
    let score = 0;
    frequencies.forEach((frequency, i) => {
      if (frequency) score += ((idf[i] ?? 0) * (frequency * (BM25_K1 + 1))) / (frequency + norm);
    });
    return { rank: -score, covers };
  });
}

/**
 * FTS5 search: BM25 with the title weighted above the body, then threads
 * ranked by how many of the query's words they cover, their best post's BM25
 * and a lift for answered threads.
 */
export async function searchFts5(db: DB, request: SearchRequest): Promise<SearchResponse> {
  const plan = await planQuery(db, request.q);
  if (!plan.match) return { total: 0, results: [], didYouMean: null };
  const [rows, articles] = await Promise.all([candidates(db, { ...plan, match: plan.match }, request), listPublishedArticleThreads(db)]);
  const positive = plan.groups.filter((group) => !group.negated);

  const threads = new Map<number, { bestRank: number; bestPostId: number; covered: Set<number> }>();
  for (const row of rows) {
    const entry = threads.get(row.thread_id) ?? { bestRank: row.rank, bestPostId: row.post_id, covered: new Set<number>() };
    if (row.rank < entry.bestRank) {
      entry.bestRank = row.rank;
      entry.bestPostId = row.post_id;
    }
    // A thread that already covers every group learns nothing from another of its posts.
    if (row.covers) for (const index of row.covers) entry.covered.add(index);
    else if (entry.covered.size < positive.length) {
      const text = `${row.title} ${row.body}`;
      const tokens = new Set(text.split(" "));
      positive.forEach((group, index) => {
        if (!entry.covered.has(index) && groupMatches(group, tokens, text)) entry.covered.add(index);
      });
    }
    threads.set(row.thread_id, entry);
  }
  if (threads.size === 0) return { total: 0, results: [], didYouMean: plan.didYouMean };

  const ids = [...threads.keys()];
  const info = new Map(
    (await db.selectFrom("thread").select(["id", "slug", "title", "track", "solution_post_id", "created_at", "last_post_at", "municipality_id"]).where("id", "in", ids).execute()).map((t) => [t.id, t]),
  );
  const strongest = Math.max(...[...threads.values()].map((t) => -t.bestRank), 1e-9);
  const scored = ids.map((id) => {
    const entry = threads.get(id)!;
    const thread = info.get(id)!;
    const coverage = positive.length ? entry.covered.size / positive.length : 0;
    const score = coverage * 10 + (-entry.bestRank / strongest) * 3 + (thread.solution_post_id !== null ? 1 : 0) + (articles.has(id) ? ARTICLE_LIFT : 0);
    return { id, entry, thread, score };
  });
  scored.sort((a, b) => (request.sort === "newest" ? b.thread.last_post_at.localeCompare(a.thread.last_post_at) : b.score - a.score || b.thread.last_post_at.localeCompare(a.thread.last_post_at)));

  const page = scored.slice((request.page - 1) * request.perPage, request.page * request.perPage);
  const [tags, posts, municipalities] = await Promise.all([
    tagsForThreads(db, page.map((item) => item.id)),
    page.length ? db.selectFrom("post").select(["id", "body_source"]).where("id", "in", page.map((item) => item.entry.bestPostId)).execute() : [],
    page.length ? db.selectFrom("municipality").select(["id", "name"]).where("id", "in", page.map((item) => item.thread.municipality_id)).execute() : [],
  ]);
  const bodies = new Map(posts.map((post) => [post.id, post.body_source]));
  const municipalityNames = new Map(municipalities.map((m) => [m.id, m.name]));
  const highlight = (stem: string) => positive.some((group) => group.terms.has(stem) || group.prefixes.some((p) => stem.startsWith(p)) || group.phrases.some((phrase) => phrase.includes(stem)) || group.nearby.some((words) => words.includes(stem)));

  const results: SearchHit[] = page.map(({ id, entry, thread, score }) => ({
    threadId: id,
    title: thread.title,
    url: `/t/${id}-${thread.slug}#indlaeg-${entry.bestPostId}`,
    snippet: makeSnippet(bodies.get(entry.bestPostId) ?? "", highlight),
    score: Math.round(score * 1000) / 1000,
    tags: tags.get(id) ?? [],
    municipality: municipalityNames.get(thread.municipality_id) ?? "",
    answered: thread.solution_post_id !== null,
    track: thread.track,
    createdAt: thread.created_at,
    lastPostAt: thread.last_post_at,
    article: articles.get(id) ?? null,
  }));
  return { total: scored.length, results, didYouMean: plan.didYouMean };
}

export function fts5Backend(db: DB): SearchBackend {
  return { name: "fts5", search: (request) => searchFts5(db, request) };
}
