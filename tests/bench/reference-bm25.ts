/**
 * The reference line of the search eval: the simplest robust ranking. Stem
 * and fold every word, OR the query's words, and score each thread (title,
 * tags and posts as one text) by BM25 with IDF over threads.
 */
import type { DB } from "../../app/db.server";
import { stemWord, tokenize } from "../../app/search/query/analyze";

export async function referenceRanking(db: DB): Promise<(q: string) => Promise<number[]>> {
  const threads = await db.selectFrom("thread").select(["id", "title"]).execute();
  const posts = await db
    .selectFrom("post")
    .select(["thread_id", "body_source"])
    .where("deleted_at", "is", null)
    .execute();
  const tags = await db
    .selectFrom("thread_tag")
    .innerJoin("tag", "tag.id", "thread_tag.tag_id")
    .select(["thread_tag.thread_id", "tag.label"])
    .execute();
  const texts = new Map(threads.map((thread) => [thread.id, [thread.title]]));
  for (const post of posts) texts.get(post.thread_id)?.push(post.body_source);
  for (const tag of tags) texts.get(tag.thread_id)?.push(tag.label);
  const documents = [...texts].map(([id, parts]) => {
    const tf = new Map<string, number>();
    const words = tokenize(parts.join(" ")).map((token) => stemWord(token.word));
    for (const word of words) tf.set(word, (tf.get(word) ?? 0) + 1);
    return { id, tf, length: words.length };
  });
  const df = new Map<string, number>();
  for (const document of documents) for (const word of document.tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
  const n = documents.length;
  const average = documents.reduce((sum, document) => sum + document.length, 0) / Math.max(1, n);
  return async (q) => {
    const words = [...new Set(tokenize(q).map((token) => stemWord(token.word)))];
    return documents
      .map((document) => {
        let score = 0;
        for (const word of words) {
          const f = document.tf.get(word) ?? 0;
          if (!f) continue;
          const idf = Math.log(1 + (n - (df.get(word) ?? 0) + 0.5) / ((df.get(word) ?? 0) + 0.5));
          score += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * document.length) / average));
        }
        return { id: document.id, score };
      })
      .filter((document) => document.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((document) => document.id);
  };
}
