import zlib from "node:zlib";
import type { RenderCacheStats } from "./post-item-cache.server";

/**
 * Whole pages, kept per member session and address while the database has
 * not changed (issue 19). A page is a function of the database, the session,
 * the address, the request's cookies and the minute (the root loader's "now"
 * is the start of the minute): an entry is served only while all of those
 * are what they were when it was rendered, so it is byte for byte the page a
 * fresh render would give, apart from the CSP nonce, which is new in every
 * response.
 *
 * The database's version is SQLite's own change counters: total_changes()
 * moves with every row this connection writes and data_version with every
 * commit of another connection or process. Any change empties the cache
 * (it cannot tell which pages a change touches), and so does every purge of
 * the post-item cache, so a redaction or erasure leaves no page with the old
 * text in memory. Bounded by bytes, least recently used out first;
 * PAGE_CACHE_MB=0 turns it off.
 *
 * Each page is kept twice: as its bytes, split where the nonce stood, and as
 * gzip whose deflate blocks end at those same places, so a response is the
 * kept blocks with the new nonce in a stored block between them, and no
 * page is compressed twice.
 */

export interface CachedPage {
  status: number;
  headers: [string, string][];
  /** The page's bytes between the places where the nonce stood. */
  segments: Buffer[];
  /** Each segment as raw deflate blocks ending on a byte boundary (sync flush), none of them final. */
  deflated: Buffer[];
  /** The nonce-free bytes' length, for the gzip trailer. */
  length: number;
}

interface Entry {
  page: CachedPage;
  bytes: number;
}

interface PageCacheState extends Omit<RenderCacheStats, "entries"> {
  version: string | null;
  minute: number;
  entries: Map<string, Entry>;
}

const DEFAULT_MB = 8;

function configuredMaxBytes(): number {
  const mb = Number(process.env.PAGE_CACHE_MB ?? DEFAULT_MB);
  return Number.isFinite(mb) && mb >= 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MB * 1024 * 1024;
}

declare global {
  // The Express layer serves from the cache and the Remix build's models purge it: each loads this module.
  var __tvaersPageCache: PageCacheState | undefined;
}

function state(): PageCacheState {
  globalThis.__tvaersPageCache ??= {
    version: null,
    minute: 0,
    entries: new Map(),
    bytes: 0,
    maxBytes: configuredMaxBytes(),
    hits: 0,
    misses: 0,
    purges: 0,
  };
  return globalThis.__tvaersPageCache;
}

/** The minute a page's "now" belongs to (see the root loader). */
export function currentMinute(now = Date.now()): number {
  return Math.floor(now / 60_000);
}

/** Empties the cache: after a redaction, an erasure or any purge of post items, here and (through them) in peers. */
export function purgePages(): void {
  const cache = state();
  cache.purges += 1;
  cache.entries.clear();
  cache.bytes = 0;
}

/** Drops every page when the database or the minute moved on since they were rendered. */
function settle(version: string, minute: number): void {
  const cache = state();
  if (cache.version === version && cache.minute === minute) return;
  if (cache.entries.size > 0) purgePages();
  cache.version = version;
  cache.minute = minute;
}

export function findPage(key: string, version: string, minute: number): CachedPage | null {
  const cache = state();
  if (cache.maxBytes === 0) return null;
  settle(version, minute);
  const found = cache.entries.get(key);
  if (!found) {
    cache.misses += 1;
    return null;
  }
  cache.hits += 1;
  cache.entries.delete(key);
  cache.entries.set(key, found);
  return found.page;
}

/** Keeps a page rendered while the database stood at `version` throughout, in `minute`. */
export function keepPage(
  key: string,
  version: string,
  minute: number,
  page: { status: number; headers: [string, string][]; body: Buffer; nonce: string },
): void {
  const cache = state();
  if (cache.maxBytes === 0) return;
  settle(version, minute);
  const segments = splitAt(page.body, Buffer.from(page.nonce));
  const deflated = segments.map((segment) =>
    zlib.deflateRawSync(segment, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  );
  const length = segments.reduce((sum, s) => sum + s.length, 0);
  const size = length + deflated.reduce((sum, d) => sum + d.length, 0) + key.length * 2;
  if (size > cache.maxBytes) return;
  const previous = cache.entries.get(key);
  if (previous) {
    cache.entries.delete(key);
    cache.bytes -= previous.bytes;
  }
  cache.entries.set(key, {
    page: { status: page.status, headers: page.headers, segments, deflated, length },
    bytes: size,
  });
  cache.bytes += size;
  for (const [oldestKey, oldest] of cache.entries) {
    if (cache.bytes <= cache.maxBytes) break;
    cache.entries.delete(oldestKey);
    cache.bytes -= oldest.bytes;
  }
}

function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const segments: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at >= 0; at = body.indexOf(separator, from)) {
    segments.push(body.subarray(from, at));
    from = at + separator.length;
  }
  segments.push(body.subarray(from));
  // Copies: a view would keep the whole response body alive.
  return segments.map((segment) => Buffer.from(segment));
}

/** The page's bytes with `nonce` where the old one stood. */
export function pageBytes(page: CachedPage, nonce: string): Buffer {
  const value = Buffer.from(nonce);
  const parts: Buffer[] = [];
  page.segments.forEach((segment, i) => {
    if (i > 0) parts.push(value);
    parts.push(segment);
  });
  return Buffer.concat(parts);
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
// An empty final stored block: BFINAL=1, BTYPE=00, LEN=0, NLEN=0xffff.
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** A stored (uncompressed) deflate block holding `bytes`, not final; the stream is on a byte boundary before it. */
function storedBlock(bytes: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = 0x00;
  header.writeUInt16LE(bytes.length, 1);
  header.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([header, bytes]);
}

/** The page as one gzip member: the kept deflate blocks, the nonce in stored blocks between them, the trailer. */
export function pageGzip(page: CachedPage, nonce: string): Buffer {
  const value = Buffer.from(nonce);
  const stored = storedBlock(value);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  // zlib.crc32 of an empty buffer answers 0 rather than the value passed in (Node 20), so empty parts are skipped.
  const add = (bytes: Buffer) => (bytes.length > 0 ? zlib.crc32(bytes, crc) : crc);
  page.segments.forEach((segment, i) => {
    if (i > 0) {
      parts.push(stored);
      crc = add(value);
    }
    parts.push(page.deflated[i] as Buffer);
    crc = add(segment);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((page.length + value.length * (page.segments.length - 1)) >>> 0, 4);
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}

/** Every kept page's text, for tests that look for traces of removed text. */
export function cachedPageHtml(): string[] {
  return [...state().entries.values()].map((entry) => Buffer.concat(entry.page.segments).toString());
}

export function pageCacheStats(): RenderCacheStats {
  const cache = state();
  return {
    entries: cache.entries.size,
    bytes: cache.bytes,
    maxBytes: cache.maxBytes,
    hits: cache.hits,
    misses: cache.misses,
    purges: cache.purges,
  };
}

/** Tests turn the cache off (0) or on again; the size otherwise comes from PAGE_CACHE_MB. */
export function setPageCacheBytes(limit: number): void {
  state().maxBytes = limit;
  purgePages();
}
