/**
 * In-process publish/subscribe for open thread pages (Server-Sent Events).
 * A message carries no text, only "something changed in thread N": each open
 * stream then asks the database what its member may see (live/new-replies),
 * so a hidden post cannot announce itself whatever published the change.
 *
 * The registry lives on globalThis because the server start (build/server.mjs,
 * which runs the notification worker and closes streams on shutdown) and the
 * Remix build (build/index.js, which serves the streams) are two bundles with
 * their own copies of this module, in one process. Other server processes
 * hear of changes through app/peers.
 */
import { onPeerEvent, sendToPeers } from "../peers/peer-events.server";

export interface LiveStream {
  memberId: number;
  threadId: number;
  /** Something changed in the stream's thread: look again. */
  changed(): void;
  /** Ends the stream; `reason` is sent to the browser unless the browser went away. */
  close(reason: LiveCloseReason): void;
}

/** Why the server ended a stream: a newer tab of the member took its place, or the server is stopping. */
export type LiveCloseReason = "erstattet" | "server" | "klient";

export interface LiveLimits {
  perMember: number;
  total: number;
}

/** A member with more open tabs than this has the oldest one's stream closed; the page still works without it. */
export const DEFAULT_LIVE_LIMITS: LiveLimits = { perMember: 4, total: 500 };

interface Registry {
  // Insertion order is opening order: the first of a member's streams is the oldest.
  streams: Set<LiveStream>;
}

const REGISTRY_KEY = Symbol.for("tvaers.live.registry");

function registry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= { streams: new Set() };
  return holder[REGISTRY_KEY];
}

/**
 * Registers a stream, or answers "full" when the server holds as many as it
 * takes. A member at their own limit has their oldest stream closed instead.
 */
export function registerLiveStream(stream: LiveStream, limits: LiveLimits = DEFAULT_LIVE_LIMITS): "ok" | "full" {
  const { streams } = registry();
  const mine = [...streams].filter((open) => open.memberId === stream.memberId);
  for (const oldest of mine.slice(0, Math.max(0, mine.length - limits.perMember + 1))) oldest.close("erstattet");
  if (streams.size >= limits.total) return "full";
  streams.add(stream);
  return "ok";
}

export function unregisterLiveStream(stream: LiveStream): void {
  registry().streams.delete(stream);
}

function announceHere(threadId: number): void {
  for (const stream of registry().streams) if (stream.threadId === threadId) stream.changed();
}

/** Call after the change has committed: every open stream of the thread, on every server, looks again. */
export function announceThreadChange(threadId: number): void {
  announceHere(threadId);
  sendToPeers({ kind: "thread-changed", threadId });
}

onPeerEvent("thread-changed", (event) => announceHere(event.threadId));

/** On server shutdown: open streams would otherwise keep `server.close()` waiting. */
export function closeAllLiveStreams(): void {
  for (const stream of [...registry().streams]) stream.close("server");
}

export function openLiveStreamCount(memberId?: number): number {
  const streams = [...registry().streams];
  return memberId === undefined ? streams.length : streams.filter((s) => s.memberId === memberId).length;
}
