import { sql } from "kysely";
import type { DB } from "../db.server";
import { listPublishedArticleThreads } from "../models/article.server";
import { tagsForThreads } from "../models/thread-list.server";
import { groupMatches, planQuery } from "./query-plan.server";
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

interface Candidate {
  post_id: number;
  thread_id: number;
  rank: number;
  title: string;
  body: string;
}

async function candidates(db: DB, match: string, request: SearchRequest): Promise<Candidate[]> {
  let query = db
    .selectFrom(sql<{ rowid: number; title: string; body: string }>`post_fts`.as("f"))
    .innerJoin("post as p", (join) => join.on(sql`p.id`, "=", sql`f.rowid`))
    .innerJoin("thread as t", "t.id", "p.thread_id")
    .where(sql<boolean>`post_fts match ${match}`)
    .select([sql<number>`f.rowid`.as("post_id"), "p.thread_id", sql<number>`bm25(post_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`.as("rank"), sql<string>`f.title`.as("title"), sql<string>`f.body`.as("body")]);
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
  return query.orderBy(sql`rank`).limit(CANDIDATES).execute() as Promise<Candidate[]>;
}

/**
 * FTS5 search: BM25 with the title weighted above the body, then threads
 * ranked by how many of the query's words they cover, their best post's BM25
 * and a lift for answered threads.
 */
export async function searchFts5(db: DB, request: SearchRequest): Promise<SearchResponse> {
  const plan = await planQuery(db, request.q);
  if (!plan.match) return { total: 0, results: [], didYouMean: null };
  const [rows, articles] = await Promise.all([candidates(db, plan.match, request), listPublishedArticleThreads(db)]);
  const positive = plan.groups.filter((group) => !group.negated);

  const threads = new Map<number, { bestRank: number; bestPostId: number; covered: Set<number> }>();
  for (const row of rows) {
    const text = `${row.title} ${row.body}`;
    const tokens = new Set(text.split(" "));
    const entry = threads.get(row.thread_id) ?? { bestRank: row.rank, bestPostId: row.post_id, covered: new Set<number>() };
    if (row.rank < entry.bestRank) {
      entry.bestRank = row.rank;
      entry.bestPostId = row.post_id;
    }
    positive.forEach((group, index) => {
      if (!entry.covered.has(index) && groupMatches(group, tokens, text)) entry.covered.add(index);
    });
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
