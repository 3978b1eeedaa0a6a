import { sql } from "kysely";
import type { Track } from "../../db/schema";
import type { DB } from "../db.server";
import { listPublishedArticleThreads } from "../models/article.server";
import { tagsForThreads } from "../models/thread-list.server";
import { planQuery, type QueryPlan, type TermGroup } from "./query-plan.server";
import { makeSnippet } from "./snippet";
import type { SearchBackend, SearchHit, SearchRequest, SearchResponse } from "./types";
import { threadPath } from "../models/thread-path";

/** Ranking a bounded set keeps one very common word from costing a sort of every matching post. */
const CANDIDATES = 2000;
/**
 * A query matching more than CANDIDATES posts ranks only its newest WINDOW
 * matches (see candidates). Reading and ranking them is most of such a
 * search's time: 1,000 keeps a one-word search of a million posts near 20 ms.
 */
const WINDOW = 1000;
const TITLE_WEIGHT = 3;
const BODY_WEIGHT = 1;
/**
 * Lift for a thread a published Vidensbank article cites: moderators have
 * checked and summarised it, so it goes above a thread that matches as well.
 * Below what one more covered word adds for queries of up to five words
 * (10 / words), so it reorders near-equals rather than burying a better match.
 */
const ARTICLE_LIFT = 2;

/** A prefix spelt out as more indexed terms than this stays an FTS5 prefix query. */
const MAX_PREFIX_TERMS = 5000;
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

/**
 * The analysed title and body of each post, read from the table in which
 * FTS5 keeps post_fts's text, post_fts_content (id, c0 = title, c1 = body):
 * post_fts's own columns take half as long again, as FTS5 runs a statement
 * per row for them. Read after the posts are chosen, so that a filter never
 * pays for the text of a post it drops. The ids travel as one JSON parameter:
 * a statement with thousands of placeholders is slower to prepare and holds
 * native memory until the garbage collector frees it.
 */
async function withTexts<Row extends { post_id: number }>(db: DB, rows: Row[]): Promise<(Row & { title: string; body: string })[]> {
  const ids = JSON.stringify(rows.map((row) => row.post_id));
  const { rows: texts } = await sql<{ id: number; c0: string; c1: string }>`select c.id, c.c0, c.c1 from json_each(${ids}) as j join post_fts_content as c on c.id = j.value`.execute(db);
  const byId = new Map(texts.map((text) => [text.id, text]));
  return rows.map((row) => ({ ...row, title: byId.get(row.post_id)?.c0 ?? "", body: byId.get(row.post_id)?.c1 ?? "" }));
}

/** Whether a filter needs the thread's own columns. */
const byThread = (request: SearchRequest) => Boolean(request.categorySlug || request.municipalitySlug || request.track || request.answeredOnly || request.authorId || request.from || request.to);

/**
 * Posts matching `match` that pass the request's filters. The thread row is
 * read only when a filter needs it, and tags and Vidensbank citations are
 * lists of threads built once per query rather than looked up per matching
 * post: at a million posts those lookups were most of a search's time.
 */
function matchingPosts(db: DB, match: string, request: SearchRequest) {
  let query = db
    .selectFrom(sql<{ rowid: number }>`post_fts`.as("f"))
    .innerJoin("post as p", (join) => join.on(sql`p.id`, "=", sql`f.rowid`))
    .where(sql<boolean>`post_fts match ${match}`);
  if (byThread(request)) {
    query = query.where((eb) => {
      let thread = eb.selectFrom("thread as t").select("t.id").whereRef("t.id", "=", "p.thread_id");
      if (request.categorySlug) thread = thread.where("t.category_id", "=", (e) => e.selectFrom("category").select("id").where("slug", "=", request.categorySlug ?? ""));
      if (request.municipalitySlug) thread = thread.where("t.municipality_id", "=", (e) => e.selectFrom("municipality").select("id").where("slug", "=", request.municipalitySlug ?? ""));
      if (request.track) thread = thread.where("t.track", "=", request.track);
      if (request.answeredOnly) thread = thread.where("t.solution_post_id", "is not", null);
      if (request.authorId) thread = thread.where("t.author_id", "=", request.authorId);
      if (request.from) thread = thread.where("t.created_at", ">=", `${request.from}T00:00:00.000Z`);
      if (request.to) thread = thread.where("t.created_at", "<=", `${request.to}T23:59:59.999Z`);
      return eb.exists(thread);
    });
  }
  if (request.knowledgeOnly) {
    query = query.where("p.thread_id", "in", (eb) =>
      eb
        .selectFrom("article_source as s")
        .innerJoin("knowledge_article as a", "a.id", "s.article_id")
        .innerJoin("post as sp", "sp.id", "s.post_id")
        .where("a.status", "=", "published")
        .select("sp.thread_id"),
    );
  }
  for (const slug of request.tagSlugs) {
    query = query.where("p.thread_id", "in", (eb) => eb.selectFrom("thread_tag as tt").innerJoin("tag", "tag.id", "tt.tag_id").select("tt.thread_id").where("tag.slug", "=", slug));
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
 * The posts to rank. A query that matches at most CANDIDATES posts (before
 * filters, so a filter never makes a large forum pay for exact ranking) gets
 * FTS5's BM25 over all of them, exactly the ranking of a small forum.
 * Otherwise the newest WINDOW matches are ranked, in JavaScript, by the
 * same BM25 with statistics taken from that window (windowBm25): FTS5's
 * bm25() would read every matching row, and the whole doclist of every
 * phrase again for its IDF, which for a common word at a million posts takes
 * longer than the rest of the search together.
 */
async function candidates(db: DB, plan: QueryPlan & { match: string }, request: SearchRequest): Promise<Candidate[]> {
  const spelt = await withPrefixesSpelt(db, plan.match, plan.groups);
  const matches = await db.selectFrom(sql<{ rowid: number }>`post_fts`.as("f")).select(sql<number>`rowid`.as("id")).where(sql<boolean>`post_fts match ${spelt}`).limit(CANDIDATES + 1).execute();
  if (matches.length <= CANDIDATES) {
    const ranked = await matchingPosts(db, plan.match, request)
      .select([sql<number>`f.rowid`.as("post_id"), "p.thread_id", sql<number>`bm25(post_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`.as("rank")])
      .orderBy(sql`rank`)
      .limit(CANDIDATES)
      .execute();
    return withTexts(db, ranked);
  }
  const newest = await matchingPosts(db, spelt, request).select([sql<number>`f.rowid`.as("post_id"), "p.thread_id"]).orderBy(sql`f.rowid`, "desc").limit(WINDOW).execute();
  const window = await withTexts(db, newest);
  const oldest = window[window.length - 1]?.post_id;
  if (oldest === undefined) return [];
  const latest = (await db.selectFrom("post").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst())?.id ?? oldest;
  const scores = windowBm25(
    window,
    plan.groups.filter((group) => !group.negated),
    latest - oldest + 1,
  );
  return window.map((row, i) => ({ ...row, rank: scores[i]?.rank ?? 0, covers: scores[i]?.covers ?? [] }));
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
    if (!first) return;
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
    if (alternatives.length === 0) return;
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
 * The groups whose phrases occur, given per-phrase counts. A word of an
 * abbreviation's long form counts only where all its words occur (its count
 * is cleared otherwise), as groupMatches in query-plan has it.
 */
function coveredGroups(phrases: Phrase[], counts: Float64Array): number[] {
  const covered = new Set<number>();
  phrases.forEach((phrase, i) => {
    if (!counts[i]) return;
    if (phrase.nearby && !phrase.nearby.every((word) => phrases.some((other, j) => other.nearby === phrase.nearby && other.words[0] === word && counts[j]))) counts[i] = 0;
    else covered.add(phrase.group);
  });
  return [...covered];
}

/** The positive groups a post's stems ("title body") cover: groupMatches' answer, from one regular expression rather than a set of every word. */
function coverage(positive: TermGroup[]): (text: string) => number[] {
  const phrases = queryPhrases(positive);
  const count = phraseCounter(phrases);
  return (text) => {
    const counts = new Float64Array(phrases.length);
    count(text, counts, 1);
    return coveredGroups(phrases, counts);
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
    const covers = coveredGroups(phrases, frequencies);
    frequencies.forEach((frequency, i) => {
      if (frequency) hits[i] = (hits[i] ?? 0) + 1;
    });
    return { frequencies, length: row.title.length + row.body.length, covers };
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

interface ThreadEntry {
  bestRank: number;
  bestPostId: number;
  covered: Set<number>;
}

interface ScoredThread {
  id: number;
  /** Position among the candidates' threads: the order of last resort, as a stable sort would keep it. */
  index: number;
  entry: ThreadEntry;
  thread: { id: number; slug: string; title: string; track: Track; solution_post_id: number | null; created_at: string; last_post_at: string; municipality_id: number };
  score: number;
}

type ThreadScore = (id: number, entry: ThreadEntry, answered: boolean) => number;

/**
 * The threads up to the requested page, in order. Ranking by relevance needs
 * a thread's row only for the lift an accepted answer gives and to break
 * ties, so rows are read best-first (as if answered), in growing batches,
 * until no thread not yet read could reach the page even if answered: a
 * handful of rows instead of up to CANDIDATES. Newest-first needs every
 * thread's last activity.
 */
async function threadsUpToPage(db: DB, threads: Map<number, ThreadEntry>, threadScore: ThreadScore, request: SearchRequest): Promise<ScoredThread[]> {
  const byScore = (a: ScoredThread, b: ScoredThread) => b.score - a.score || b.thread.last_post_at.localeCompare(a.thread.last_post_at) || a.index - b.index;
  const byActivity = (a: ScoredThread, b: ScoredThread) => b.thread.last_post_at.localeCompare(a.thread.last_post_at) || a.index - b.index;
  const ids = [...threads.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const best = (id: number) => threadScore(id, threads.get(id) as ThreadEntry, true);
  const order = request.sort === "newest" ? ids : [...ids].sort((a, b) => best(b) - best(a));
  const needed = request.page * request.perPage;
  const scored: ScoredThread[] = [];
  for (let read = 0, batch = 2 * needed + 20; read < order.length; batch *= 2) {
    const next = request.sort === "newest" ? order : order.slice(read, read + batch);
    read += next.length;
    const rows = await db.selectFrom("thread").select(["id", "slug", "title", "track", "solution_post_id", "created_at", "last_post_at", "municipality_id"]).where("id", "in", next).execute();
    for (const thread of rows) {
      const entry = threads.get(thread.id) as ThreadEntry;
      scored.push({ id: thread.id, index: index.get(thread.id) ?? 0, entry, thread, score: threadScore(thread.id, entry, thread.solution_post_id !== null) });
    }
    scored.sort(request.sort === "newest" ? byActivity : byScore);
    const boundary = scored[needed - 1];
    const nextId = order[read];
    if (boundary && nextId !== undefined && best(nextId) < boundary.score) break;
  }
  return scored;
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

  const cover = coverage(positive);
  const threads = new Map<number, ThreadEntry>();
  for (const row of rows) {
    const entry = threads.get(row.thread_id) ?? { bestRank: row.rank, bestPostId: row.post_id, covered: new Set<number>() };
    if (row.rank < entry.bestRank) {
      entry.bestRank = row.rank;
      entry.bestPostId = row.post_id;
    }
    // A thread that already covers every group learns nothing from another of its posts.
    const covers = row.covers ?? (entry.covered.size < positive.length ? cover(`${row.title} ${row.body}`) : []);
    for (const index of covers) entry.covered.add(index);
    threads.set(row.thread_id, entry);
  }
  if (threads.size === 0) return { total: 0, results: [], didYouMean: plan.didYouMean };

  const strongest = Math.max(...[...threads.values()].map((t) => -t.bestRank), 1e-9);
  const threadScore: ThreadScore = (id, entry, answered) =>
    (positive.length ? entry.covered.size / positive.length : 0) * 10 + (-entry.bestRank / strongest) * 3 + (answered ? 1 : 0) + (articles.has(id) ? ARTICLE_LIFT : 0);
  const scored = await threadsUpToPage(db, threads, threadScore, request);

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
    url: threadPath(thread, entry.bestPostId),
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
  return { total: threads.size, results, didYouMean: plan.didYouMean };
}

export function fts5Backend(db: DB): SearchBackend {
  return { name: "fts5", search: (request) => searchFts5(db, request) };
}
