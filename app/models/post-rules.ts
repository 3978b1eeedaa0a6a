/**
 * Post rules the page needs in the browser as well as on the server, so the
 * «Slet» link and the delete action can never disagree.
 */

/** The opening post may not be deleted while the thread has replies. */
export function mayDeletePost(post: { isOpening: boolean }, thread: { replyCount: number }): boolean {
  return !post.isOpening || thread.replyCount === 0;
}
