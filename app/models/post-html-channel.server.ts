import type { AppLoadContext } from "@remix-run/node";

/**
 * For a document request, moves each post's HTML into the render context and
 * out of the loader JSON (see PostHtmlContext); data requests keep it inline.
 */
export function sendHtmlOnce<T extends { id: number; html: string }>(
  context: AppLoadContext,
  posts: T[],
): (Omit<T, "html"> & { html: string | null })[] {
  // The server sets postHtml only for document requests (Remix strips ?_data before loaders see the URL).
  if (!context.postHtml) return posts;
  for (const post of posts) context.postHtml.set(post.id, post.html);
  return posts.map((post) => ({ ...post, html: null }));
}
