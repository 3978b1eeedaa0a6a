import type { DB } from "../db.server";
import { quoteMarkdown } from "../forms/quote";
import { findPostSummary } from "./thread.server";

/** The quote of a visible post (not deleted, not hidden), or undefined. Works for posts in any thread. */
export async function findQuote(db: DB, postId: number): Promise<{ id: number; text: string } | undefined> {
  const post = await findPostSummary(db, postId);
  if (!post) return undefined;
  return { id: post.id, text: quoteMarkdown({ id: post.id, source: post.source, authorName: post.author_name }) };
}
