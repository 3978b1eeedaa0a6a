import { sql } from "kysely";
import type { DB } from "../../db.server";
import { writeTransaction } from "../../db.server";
import { postVisibleToMembers } from "../../models/post-visibility.server";
import { openingPostIdOf } from "../../models/opening-post.server";
import { recordTerms } from "../query/search-terms.server";
import { writePostDocument, writeThreadDocument } from "./search-index.server";

const BATCH = 1000;

/**
 * Rebuilds post_search and thread_search from the posts, with the same
 * analysis and the same visibility rule as indexPost, in one transaction
 * (readers keep the old index until it commits). Used by `tvaers reindex`,
 * on the first start of a forum without an index, and after
 * `migrate-to-postgres`.
 */
export async function rebuildPostgresIndex(
  db: DB,
  options: { searchableText: (markdown: string) => string; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  return writeTransaction(db, async (tx) => {
    await sql`truncate post_search, thread_search`.execute(tx);
    const total = Number(
      (
        await tx
          .selectFrom("post")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirst()
      )?.n ?? 0,
    );
    let done = 0;
    let indexed = 0;
    for (let after = 0; ;) {
      const posts = await tx
        .selectFrom("post")
        .innerJoin("thread", "thread.id", "post.thread_id")
        .select([
          "post.id",
          "post.thread_id",
          "post.body_source",
          "thread.title",
          openingPostIdOf("post.thread_id").as("first_post_id"),
          postVisibleToMembers("post").as("visible"),
        ])
        .where("post.id", ">", after)
        .orderBy("post.id")
        .limit(BATCH)
        .execute();
      if (posts.length === 0) break;
      for (const post of posts) {
        if (!post.visible) continue;
        const title = post.first_post_id === post.id ? post.title : "";
        const body = options.searchableText(post.body_source);
        await writePostDocument(tx, { id: post.id, threadId: post.thread_id, title, body });
        await recordTerms(tx, `${title} ${body}`);
        indexed += 1;
      }
      after = posts[posts.length - 1]?.id ?? after;
      done += posts.length;
      options.onProgress?.(done, total);
    }
    const threads = await tx.selectFrom("post_search").select("thread_id").distinct().execute();
    for (const { thread_id } of threads) await writeThreadDocument(tx, thread_id);
    return indexed;
  });
}
