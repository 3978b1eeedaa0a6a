import { onPeerEvent, sendToPeers } from "../peers/peer-events.server";
import { purgePages } from "./page-cache.server";

/**
 * The rendered HTML of thread-page post items, kept so that a post is rendered
 * once per version and viewer variant rather than on every view (issue 19).
 *
 * An entry is found by a key that spells out everything the item's markup is
 * made of apart from the body (post state, author display, thread facts, viewer
 * variant: see post-items.server.tsx), and it is used only while the body it was
 * rendered from is still the body the database gave this request. So an entry
 * can never show what the database no longer says, even when a change happened
 * in another process; the purges below are what keeps old text (a redaction,
 * an erased name) from lingering in memory, and what frees room early.
 *
 * Bounded by bytes, least recently used out first. RENDER_CACHE_MB=0 turns it off.
 */

interface Entry {
  postId: number;
  threadId: number;
  body: string;
  /** The item's markup as UTF-8, ready to be spliced into the page's bytes (see post-item-splice.server.ts). */
  html: Buffer;
  bytes: number;
}

export interface RenderCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  misses: number;
  purges: number;
}

// The key and body are JavaScript strings (up to two bytes a character); the rest is a rough per-entry overhead.
const ENTRY_OVERHEAD_BYTES = 160;
const DEFAULT_MB = 24;

function configuredMaxBytes(): number {
  const mb = Number(process.env.RENDER_CACHE_MB ?? DEFAULT_MB);
  return Number.isFinite(mb) && mb >= 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MB * 1024 * 1024;
}

let maxBytes = configuredMaxBytes();
let bytes = 0;
let hits = 0;
let misses = 0;
let purges = 0;
// A Map iterates in insertion order; re-inserting on use makes its first key the least recently used.
const entries = new Map<string, Entry>();
const keysByPost = new Map<number, Set<string>>();

export type PurgeScope = { all: true } | { postIds: number[] } | { threadId: number };

function remove(key: string, entry: Entry): void {
  entries.delete(key);
  bytes -= entry.bytes;
  const keys = keysByPost.get(entry.postId);
  keys?.delete(key);
  if (keys?.size === 0) keysByPost.delete(entry.postId);
}

/** The cached item for `key` rendered from `body`, or `render()`'s result, kept for next time, as UTF-8. */
export function cachedPostItem(
  key: string,
  post: { id: number; threadId: number; body: string },
  render: () => string,
): Buffer {
  const found = entries.get(key);
  if (found && found.body === post.body) {
    hits += 1;
    entries.delete(key);
    entries.set(key, found);
    return found.html;
  }
  misses += 1;
  if (found) remove(key, found);
  const html = Buffer.from(render());
  const size = (key.length + post.body.length) * 2 + html.length + ENTRY_OVERHEAD_BYTES;
  if (size > maxBytes) return html;
  const entry: Entry = { postId: post.id, threadId: post.threadId, body: post.body, html, bytes: size };
  entries.set(key, entry);
  bytes += size;
  let keys = keysByPost.get(post.id);
  if (!keys) keysByPost.set(post.id, (keys = new Set()));
  keys.add(key);
  for (const [oldestKey, oldest] of entries) {
    if (bytes <= maxBytes) break;
    remove(oldestKey, oldest);
  }
  return html;
}

function purgeHere(scope: PurgeScope): void {
  purges += 1;
  // A page holds its post items: whatever scope, no page keeps the old ones.
  purgePages();
  if ("all" in scope) {
    entries.clear();
    keysByPost.clear();
    bytes = 0;
  } else if ("postIds" in scope) {
    for (const postId of scope.postIds) {
      for (const key of keysByPost.get(postId) ?? []) {
        const entry = entries.get(key);
        if (entry) remove(key, entry);
      }
    }
  } else {
    for (const [key, entry] of entries) if (entry.threadId === scope.threadId) remove(key, entry);
  }
}

/** Drops entries here and, through app/peers, in every other server process. */
export function purgePostItems(scope: PurgeScope): void {
  purgeHere(scope);
  sendToPeers({ kind: "purge-post-items", scope });
}

// A purge from another process: drop here only (receiving never passes it on).
onPeerEvent("purge-post-items", (event) => purgeHere(event.scope));

/** Every cached item's HTML, for tests that look for traces of removed text. */
export function cachedPostItemHtml(): string[] {
  return [...entries.values()].map((entry) => entry.html.toString());
}

export function postItemCacheStats(): RenderCacheStats {
  return { entries: entries.size, bytes, maxBytes, hits, misses, purges };
}

/** Tests and the benchmark turn the cache off (0) or on again; the size otherwise comes from RENDER_CACHE_MB. */
export function setPostItemCacheBytes(limit: number): void {
  maxBytes = limit;
  purgeHere({ all: true });
}
