import {
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { bufferedBody } from "./request-limits";
import type { PageCacheSlot } from "./page-cache";

/**
 * @remix-run/express's handler, except that the body Remix reads is the one
 * bodySizeLimit already read and capped, not the socket: the Express adapter
 * streams `req` into the Request itself, so a cap placed in front of it could
 * only look at Content-Length.
 */
export function remixRequestHandler(options: {
  build: ServerBuild;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
}) {
  const handleRequest = createRequestHandler(options.build, "production");
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const response = await handleRequest(remixRequest(req, res), options.getLoadContext(req, res));
      await sendResponse(res, response);
    } catch (error) {
      next(error);
    } finally {
      (res.locals.pageCacheSlot as PageCacheSlot | undefined)?.done();
    }
  };
}

function remixRequest(req: ExpressRequest, res: ExpressResponse): Request {
  // req.hostname drops the port and respects "trust proxy"; the port comes from X-Forwarded-Host or Host, as in the adapter.
  const portOf = (host: string | undefined) => Number.parseInt(host?.split(":")[1] ?? "", 10);
  const forwardedPort = portOf(req.get("x-forwarded-host"));
  const hostPort = portOf(req.get("host"));
  const port = Number.isSafeInteger(forwardedPort) ? forwardedPort : Number.isSafeInteger(hostPort) ? hostPort : null;
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }

  // Abort loaders and actions once the response can no longer be written (close without finish).
  const controller = new AbortController();
  let finished = false;
  res.on("finish", () => (finished = true));
  res.on("close", () => {
    if (!finished) controller.abort();
  });

  const init: RequestInit = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const body = bufferedBody(res);
    // A copy into a plain ArrayBuffer, which is what the DOM types accept as a body; at most the cap.
    init.body = body ? new Uint8Array(body) : null;
  }
  return new Request(url.href, init);
}

async function sendResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (/text\/event-stream/i.test(response.headers.get("content-type") ?? "")) res.flushHeaders();
  const slot = res.locals.pageCacheSlot as PageCacheSlot | undefined;
  if (slot && response.body && isKeepablePage(response)) {
    const body = Buffer.from(await response.arrayBuffer());
    const headers = [...response.headers.entries()].filter(([name]) => !UNKEPT_HEADERS.has(name.toLowerCase()));
    slot.keep(response.status, headers, body);
    res.end(body);
  } else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** Headers a kept page is not replayed with: the length and encoding are the cache's own. */
const UNKEPT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding"]);

/** A whole page a later request may be answered with (see app/server/page-cache.ts). */
function isKeepablePage(response: Response): boolean {
  return (
    response.status === 200 &&
    /^text\/html\b/i.test(response.headers.get("content-type") ?? "") &&
    !response.headers.has("set-cookie")
  );
}
