import zlib from "node:zlib";
import type SQLite from "better-sqlite3";
import type { NextFunction, Request, Response } from "express";
import { requestSessionFor, REQUEST_ID_HEADER } from "../auth/request-session.server";
import {
  currentMinute,
  findPage,
  keepPage,
  pageBytes,
  pageGzip,
  type CachedPage,
} from "../render-cache/page-cache.server";

/**
 * The database's version for the page cache: SQLite's count of rows this
 * connection has changed and its data_version, which moves with every commit
 * of any other connection or process. PostgreSQL has no such cheap counter,
 * so there the page cache is off (null).
 */
export function sqliteVersion(sqlite: SQLite.Database | null): () => string | null {
  if (!sqlite) return () => null;
  const changes = sqlite.prepare("select total_changes()").pluck();
  const dataVersion = sqlite.prepare("pragma data_version").pluck();
  return () => `${String(changes.get())}:${String(dataVersion.get())}`;
}

/** What the Remix handler needs to keep the page it renders for this request. */
export interface PageCacheSlot {
  keep(status: number, headers: [string, string][], body: Buffer): void;
  /** The page is answered (or failed): requests waiting for it go on. */
  done(): void;
}

// Node 20.15 added zlib.crc32; without it pages are served from the cache uncompressed and compression() packs them.
const canGzip = typeof (zlib as { crc32?: unknown }).crc32 === "function";

function wantsGzip(req: Request): boolean {
  return canGzip && req.acceptsEncodings("gzip", "identity") === "gzip";
}

function send(req: Request, res: Response, page: CachedPage): void {
  const nonce = String(res.locals.cspNonce ?? "");
  res.status(page.status);
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("X-Page-Cache", "hit");
  res.vary("Accept-Encoding");
  let body: Buffer;
  if (wantsGzip(req)) {
    body = pageGzip(page, nonce);
    res.setHeader("Content-Encoding", "gzip");
  } else {
    body = pageBytes(page, nonce);
  }
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/**
 * Serves a signed-in member's page from the cache when nothing it is made of
 * has changed (app/render-cache/page-cache.server.ts), and otherwise leaves
 * the Remix handler a slot to keep the page it renders. Only document GETs
 * with a valid session take part: no Remix data requests, no actions, no
 * anonymous pages (sign-in, invitations); the handler keeps only 200 HTML
 * responses without cookies of their own.
 */
export function servePagesFromCache(version: () => string | null) {
  /** Pages being rendered now, by key: settled when the response is done. */
  const renders = new Map<string, Promise<void>>();
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" || "_data" in req.query) return next();
    const id = req.headers[REQUEST_ID_HEADER];
    const session = typeof id === "string" ? requestSessionFor(id) : undefined;
    if (!session) return next();
    session
      .then((valid) => {
        const before = version();
        if (!valid || before === null) return next();
        const minute = currentMinute();
        const key = `${valid.id}\n${req.protocol}://${req.get("host") ?? ""}${req.originalUrl}\n${req.headers.cookie ?? ""}`;
        const found = findPage(key, before, minute);
        if (found) return send(req, res, found);
        // Requests for a page being rendered wait for it rather than render it too: when the minute turns,
        // every waiting view of a busy page would otherwise render it at once, and the queue behind them waits.
        const rendering = renders.get(key);
        if (rendering) {
          void rendering.then(() => {
            const rendered = findPage(key, version() ?? "", currentMinute());
            if (rendered) send(req, res, rendered);
            else next();
          });
          return;
        }
        // A client gone before now leaves nobody to wait for (its response's "close" has passed).
        if (res.destroyed || req.socket.destroyed) return next();
        let settle = () => {};
        const mine = new Promise<void>((resolve) => {
          settle = () => {
            if (renders.get(key) === mine) renders.delete(key);
            resolve();
          };
        });
        renders.set(key, mine);
        res.once("close", () => settle());
        const slot: PageCacheSlot = {
          done: () => settle(),
          keep(status, headers, body) {
            // Only a page whose rendering saw one state of the database, in one minute.
            if (version() !== before || currentMinute() !== minute) return;
            keepPage(key, before, minute, { status, headers, body, nonce: String(res.locals.cspNonce ?? "") });
          },
        };
        res.locals.pageCacheSlot = slot;
        next();
      })
      .catch(next);
  };
}
