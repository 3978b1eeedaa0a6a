/** A thread's address, `/t/<id>-<slug>`, optionally pointing at one of its posts. */
export function threadPath(thread: { id: number; slug: string }, postId?: number): string {
  return `/t/${thread.id}-${thread.slug}${postId === undefined ? "" : `#${postAnchor(postId)}`}`;
}

/** The id of a post's element on the thread page: what a link to the post points at. */
export function postAnchor(postId: number): string {
  return `indlaeg-${postId}`;
}
