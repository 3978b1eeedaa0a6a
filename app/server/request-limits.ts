import type { Server } from "node:http";
import type { NextFunction, Request, Response } from "express";
import { bodyTooLarge, requestErrors } from "../copy/hardening";
import { pageTitle } from "../copy/pages";

/** Far above the largest legitimate form (a 50,000-character post), far below what could hurt memory. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const BODYLESS_METHODS = new Set(["GET", "HEAD"]);

/** Where bodySizeLimit leaves the body it read; the Remix handler (remix-handler.ts) takes it from here. */
export function bufferedBody(res: Response): Buffer | undefined {
  return res.locals.requestBody as Buffer | undefined;
}

/**
 * Reads the request body before anything else looks at the request (the
 * session check, Remix, form parsing), counting bytes as they arrive, and
 * answers 413 the moment the count passes the cap, whatever Content-Length
 * claimed or whether the body came chunked without one. Memory per request is
 * therefore bounded by the cap (2 MiB), not by what a client chooses to send.
 */
export function bodySizeLimit(maxBytes = MAX_BODY_BYTES) {
  return (req: Request, res: Response, next: NextFunction) => {
    const announced = Number(req.get("content-length") ?? 0);
    if (announced > maxBytes) return refuseTooLarge(req, res);
    const hasBody = req.get("transfer-encoding") !== undefined || announced > 0;
    if (!hasBody) {
      if (!BODYLESS_METHODS.has(req.method)) res.locals.requestBody = Buffer.alloc(0);
      return next();
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const stop = () => {
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        stop();
        chunks.length = 0;
        refuseTooLarge(req, res);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      // A GET's body is read (to keep the cap) but never given to anyone.
      if (!BODYLESS_METHODS.has(req.method)) res.locals.requestBody = Buffer.concat(chunks, received);
      next();
    };
    // The client went away mid-body: there is no one left to answer.
    const onError = () => {
      if (!settled) stop();
    };
    req.on("data", onData);
    req.once("end", onEnd);
    req.once("error", onError);
  };
}

/**
 * What a refused body may still send after the 413 before the connection is
 * cut: read and thrown away, never kept. Closing a socket with unread bytes
 * makes the kernel send a reset, which can destroy the answer before the
 * client has read it, so a client gets room to see the 413 and stop; one
 * that keeps sending past this is cut off.
 */
const DISCARD_AFTER_REFUSAL_BYTES = 32 * 1024 * 1024;

/**
 * 413 with a Danish page. No `Connection: close`: with it, Node destroys the
 * socket right after the answer, while the client is still sending, and the
 * reset can arrive before the answer is read.
 */
function refuseTooLarge(req: Request, res: Response): void {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_AFTER_REFUSAL_BYTES) req.socket.destroy();
  });
  req.resume();
  res.status(413).type("text/html; charset=utf-8").send(danishPage(bodyTooLarge.title, bodyTooLarge.text));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/** A minimal page for answers given before Remix runs; no scripts, so the CSP needs no nonce. */
function danishPage(title: string, text: string): string {
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(pageTitle(title))}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="/">${escapeHtml(requestErrors.homeLink)}</a></p></main></body></html>`;
}

const clientErrors: Record<string, { status: number; reason: string; text: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", text: requestErrors.headersTooLarge },
};

/** Requests Node cannot even parse (oversized headers, garbage) get a Danish answer instead of a bare status line. */
export function answerUnparsableRequests(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const known = (error.code && clientErrors[error.code]) || {
      status: 400,
      reason: "Bad Request",
      text: requestErrors.unreadable,
    };
    const body = Buffer.from(known.text, "utf8");
    socket.end(
      `HTTP/1.1 ${known.status} ${known.reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${known.text}`,
    );
  });
}

/** Errors raised before Remix sees the request (a malformed path for the static files, say) answered in Danish. */
export function danishErrors() {
  return (error: { status?: number; statusCode?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) console.error(error);
    const text =
      status === 400
        ? requestErrors.badAddress
        : status === 404
          ? requestErrors.notFound
          : status < 500
            ? requestErrors.refused
            : requestErrors.unexpected;
    res.status(status).type("text/plain; charset=utf-8").send(text);
  };
}
