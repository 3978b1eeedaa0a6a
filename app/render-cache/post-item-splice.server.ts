import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";

/**
 * The thread page's post items go into the page as bytes, not as part of
 * React's output string. React's renderToString builds a 170 KB page as a rope
 * of thousands of pieces, and turning that into UTF-8 cost as much as the
 * rendering itself (flattening the rope, then encoding two-byte text); the
 * items are kept encoded in the render cache, so the page is the encoded
 * remainder (a few KB) with the items' buffers placed between its pieces.
 *
 * The server render puts a placeholder comment where each item goes, with a
 * marker made afresh for each request, so no text a member wrote can forge one.
 */
export interface PostItemSplice {
  marker: string;
  items: Map<number, Buffer>;
}

/**
 * For a document request: hands each item's bytes to entry.server and its
 * placeholder to the render, and leaves the markup out of the loader JSON
 * (it travels once, see PostHtmlContext). Data requests get the markup inline.
 */
export function sendPostItemsOnce(
  context: AppLoadContext,
  items: { id: number; html: Buffer }[],
): { id: number; html: string | null }[] {
  // The server sets postHtml only for document requests (Remix strips ?_data before loaders see the URL).
  if (!context.postHtml) return items.map((item) => ({ id: item.id, html: item.html.toString() }));
  const splice: PostItemSplice = { marker: `tvaers-post-item-${randomUUID()}`, items: new Map() };
  context.postItemSplice = splice;
  for (const item of items) {
    splice.items.set(item.id, item.html);
    context.postHtml.set(item.id, `<!--${splice.marker}:${item.id}-->`);
  }
  return items.map((item) => ({ id: item.id, html: null }));
}

/** The page's bytes with each placeholder replaced by its item's bytes. */
export function splicePostItems(page: string, splice: PostItemSplice): Buffer<ArrayBuffer> {
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of page.matchAll(new RegExp(`<!--${splice.marker}:(\\d+)-->`, "g"))) {
    parts.push(Buffer.from(page.slice(from, match.index)));
    const item = splice.items.get(Number(match[1]));
    if (item) parts.push(item);
    from = match.index + match[0].length;
  }
  parts.push(Buffer.from(page.slice(from)));
  // Buffer.concat allocates a plain ArrayBuffer; its declared type allows a shared one.
  return Buffer.concat(parts) as Buffer<ArrayBuffer>;
}
