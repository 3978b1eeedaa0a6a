import type { DB } from "../db.server";
import {
  DEFAULT_LIVE_LIMITS,
  registerLiveStream,
  unregisterLiveStream,
  type LiveCloseReason,
  type LiveLimits,
  type LiveStream,
} from "./hub.server";
import { findNewReplies } from "./new-replies.server";
import { LIVE_EVENT } from "./live-events";
import { requestErrors } from "../copy/hardening";

const HEARTBEAT_MS = 25_000;
const RECONNECT_MS = 5_000;

const encoder = new TextEncoder();

/**
 * The `text/event-stream` answer for one open thread page. Every change the
 * hub announces makes the stream ask the database again; an event goes out
 * only when a newer post the member may read has appeared. Its id is that
 * post's id, so a reconnecting EventSource (Last-Event-ID) is not told again
 * what it already knew, and learns at once what arrived while it was away.
 */
export function threadEventStream(options: {
  db: DB;
  memberId: number;
  threadId: number;
  /** Replies after this post count as new: the last post on the member's page. */
  sincePostId: number;
  /** The newest post already announced to this browser (Last-Event-ID), if any. */
  announcedPostId: number;
  signal: AbortSignal;
  limits?: LiveLimits;
  heartbeatMs?: number;
}): Response {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let announced = options.announcedPostId;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  // Checks run one after another, so two quick replies cannot announce out of order.
  let checking: Promise<void> = Promise.resolve();

  const send = (text: string) => {
    if (!closed) controller?.enqueue(encoder.encode(text));
  };

  const check = async () => {
    if (closed) return;
    const replies = await findNewReplies(options.db, {
      threadId: options.threadId,
      sincePostId: options.sincePostId,
      memberId: options.memberId,
    });
    if (replies.lastPostId === null || replies.lastPostId <= announced) return;
    announced = replies.lastPostId;
    const data = JSON.stringify({ count: replies.count, firstPostId: replies.firstPostId });
    send(`id: ${replies.lastPostId}\nevent: ${LIVE_EVENT.newReplies}\ndata: ${data}\n\n`);
  };

  const stream: LiveStream = {
    memberId: options.memberId,
    threadId: options.threadId,
    changed() {
      checking = checking.then(check).catch(() => {
        // A failed look (say the database is busy) waits for the next change or reconnect.
      });
    },
    close(reason: LiveCloseReason) {
      if (closed) return;
      if (reason !== "klient") send(`event: ${LIVE_EVENT.closed}\ndata: ${reason}\n\n`);
      closed = true;
      clearInterval(heartbeat);
      unregisterLiveStream(stream);
      try {
        controller?.close();
      } catch {
        // already closed by the reader
      }
    },
  };

  if (registerLiveStream(stream, options.limits ?? DEFAULT_LIVE_LIMITS) === "full") {
    return new Response(requestErrors.tooManyLiveStreams, {
      status: 503,
      headers: { "Retry-After": "60", "Cache-Control": "no-store" },
    });
  }

  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      send(`retry: ${RECONNECT_MS}\n\n`);
      heartbeat = setInterval(() => send(": hjerteslag\n\n"), options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref();
      if (options.signal.aborted) stream.close("klient");
      else options.signal.addEventListener("abort", () => stream.close("klient"), { once: true });
      // Replies that landed between the page load and this connection are announced at once.
      stream.changed();
    },
    cancel() {
      stream.close("klient");
    },
  });

  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps compression() from buffering the events.
      "Cache-Control": "no-store, no-transform",
      // The connection ends with the stream, so a stopping server is not kept waiting by an idle keep-alive.
      Connection: "close",
      "X-Accel-Buffering": "no",
    },
  });
}
