import type { DB } from "../db.server";
import { threadPath } from "../models/thread-path";
import { searchFts5 } from "./fts5/fts5-search.server";
import { readSearchRequest } from "./query/search-request";

export interface SimilarThread {
  threadId: number;
  title: string;
  url: string;
  answered: boolean;
  article: { slug: string; title: string } | null;
}

const SIMILAR_LIMIT = 5;

/**
 * Threads about what a title asks, from the search's own ranking: the title's
 * words (stop words dropped) ORed, threads as documents. Without spelling
 * correction: a half-typed title must not be "corrected" into another topic.
 */
export async function findSimilarThreads(db: DB, title: string, excludeThreadId?: number): Promise<SimilarThread[]> {
  if (!title.trim()) return [];
  const request = {
    ...readSearchRequest(new URLSearchParams({ q: title.slice(0, 300) })),
    perPage: SIMILAR_LIMIT + 1,
    exact: true,
  };
  const response = await searchFts5(db, request);
  return response.results
    .filter((hit) => hit.threadId !== excludeThreadId)
    .slice(0, SIMILAR_LIMIT)
    .map((hit) => ({
      threadId: hit.threadId,
      title: hit.title,
      url: hit.url.replace(/#.*$/, ""),
      answered: hit.answered,
      article: hit.article ?? null,
    }));
}

/**
 * The thread page's "Lignende tråde", cached in thread_similar: worked out on
 * the first view after the opening post (title, tags) was written, then only
 * read, so the thread page never runs a search. indexPost drops the row when
 * the opening post changes.
 */
export async function similarThreadsFor(db: DB, thread: { id: number; title: string }): Promise<SimilarThread[]> {
  const cached = await db
    .selectFrom("thread_similar")
    .select("similar_ids")
    .where("thread_id", "=", thread.id)
    .executeTakeFirst();
  let ids: number[];
  if (cached) {
    ids = JSON.parse(cached.similar_ids) as number[];
  } else {
    ids = (await findSimilarThreads(db, thread.title, thread.id)).map((similar) => similar.threadId);
    await db
      .insertInto("thread_similar")
      .values({ thread_id: thread.id, similar_ids: JSON.stringify(ids) })
      .onConflict((oc) => oc.column("thread_id").doUpdateSet({ similar_ids: JSON.stringify(ids) }))
      .execute();
  }
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("thread")
    .select(["id", "slug", "title", "solution_post_id"])
    .where("id", "in", ids)
    .execute();
  const articles = await db
    .selectFrom("article_source as s")
    .innerJoin("knowledge_article as a", "a.id", "s.article_id")
    .innerJoin("post as p", "p.id", "s.post_id")
    .where("a.status", "=", "published")
    .where("p.thread_id", "in", ids)
    .select(["p.thread_id", "a.slug", "a.title"])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const article = articles.find((a) => a.thread_id === id);
    return [
      {
        threadId: id,
        title: row.title,
        url: threadPath(row),
        answered: row.solution_post_id !== null,
        article: article ? { slug: article.slug, title: article.title } : null,
      },
    ];
  });
}
