import { postVisibleToMembers } from "./post-visibility.server";
import type { DB } from "../db.server";

/** Saves or un-saves a post for a member; returns whether it is now saved. */
export async function toggleBookmark(tx: DB, memberId: number, postId: number, at: string): Promise<boolean> {
  const removed = await tx
    .deleteFrom("bookmark")
    .where("member_id", "=", memberId)
    .where("post_id", "=", postId)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) return false;
  await tx.insertInto("bookmark").values({ member_id: memberId, post_id: postId, created_at: at }).execute();
  return true;
}

export async function removeBookmark(tx: DB, memberId: number, postId: number): Promise<void> {
  await tx.deleteFrom("bookmark").where("member_id", "=", memberId).where("post_id", "=", postId).execute();
}

/** Which of these posts the member has saved, for the thread page's «Gem»/«Gemt» buttons. */
export async function listBookmarkedPostIds(db: DB, memberId: number, postIds: number[]): Promise<number[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom("bookmark")
    .where("member_id", "=", memberId)
    .where("post_id", "in", postIds)
    .select("post_id")
    .execute();
  return rows.map((row) => row.post_id);
}

/**
 * The member's saved posts, newest first. A post deleted or hidden since it
 * was saved keeps its row (so it comes back if restored) but shows no text.
 */
export async function listBookmarks(db: DB, memberId: number) {
  const rows = await db
    .selectFrom("bookmark")
    .innerJoin("post", "post.id", "bookmark.post_id")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .innerJoin("member", "member.id", "post.author_id")
    .where("bookmark.member_id", "=", memberId)
    .select((eb) => [
      "bookmark.post_id",
      "bookmark.created_at",
      "post.body_source",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
      "member.display_name as author_name",
      postVisibleToMembers("post").as("visible"),
    ])
    .orderBy("bookmark.created_at", "desc")
    .orderBy("bookmark.post_id", "desc")
    .execute();
  return rows.map((row) => {
    const available = Boolean(row.visible);
    return {
      postId: row.post_id,
      savedAt: row.created_at,
      thread: { id: row.thread_id, slug: row.thread_slug, title: row.thread_title },
      authorName: row.author_name,
      excerpt: available ? excerptOf(row.body_source) : null,
    };
  });
}

/** The first words of a post without quotes or Markdown marks, for lists. */
export function excerptOf(source: string, length = 160): string {
  const text = source
    .split("\n")
    .filter((line) => !line.trimStart().startsWith(">"))
    .join(" ")
    .replace(/[*_`#>[\]]/g, "")
    .replace(/\((https?:\/\/|\/)[^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** A post a member may bookmark: not deleted; `visible` says whether members may read it. */
export async function findBookmarkablePost(db: DB, postId: number) {
  return db
    .selectFrom("post")
    .where("id", "=", postId)
    .select(["id", "deleted_at", postVisibleToMembers("post").as("visible")])
    .executeTakeFirst();
}
