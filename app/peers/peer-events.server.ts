/**
 * What one server process tells the others: a thread changed (open thread
 * pages look again) and post items to purge from the render cache (a
 * redaction must leave no copy anywhere). Carried between processes by the
 * cluster's IPC under WORKERS > 1 (app/server/cluster.ts) and by PostgreSQL's
 * LISTEN/NOTIFY between app servers (./postgres-peers.server.ts).
 *
 * The registry lives on globalThis: the server start and the Remix build are
 * two bundles with their own copies of this module, in one process.
 */
export type PeerEvent =
  | { kind: "thread-changed"; threadId: number }
  | { kind: "purge-post-items"; scope: { all: true } | { postIds: number[] } | { threadId: number } };

interface PeerRegistry {
  senders: Set<(event: PeerEvent) => void>;
  receivers: Map<PeerEvent["kind"], Set<(event: PeerEvent) => void>>;
}

const REGISTRY_KEY = Symbol.for("tvaers.peers.registry");

function registry(): PeerRegistry {
  const holder = globalThis as { [REGISTRY_KEY]?: PeerRegistry };
  holder[REGISTRY_KEY] ??= { senders: new Set(), receivers: new Map() };
  return holder[REGISTRY_KEY];
}

/** Tells the other processes (nothing happens when there are none). */
export function sendToPeers(event: PeerEvent): void {
  for (const send of registry().senders) send(event);
}

/** A way to reach other processes; returns its removal. */
export function addPeerSender(send: (event: PeerEvent) => void): () => void {
  registry().senders.add(send);
  return () => registry().senders.delete(send);
}

/** An event another process sent: handled here, never passed on again. */
export function receiveFromPeer(event: PeerEvent): void {
  for (const receive of registry().receivers.get(event.kind) ?? []) receive(event);
}

/**
 * What this process does with a kind of event from elsewhere. Each bundle
 * that loads the registering module adds its receiver, and every one runs:
 * the render cache lives in each bundle's own module state, so each copy
 * must purge its own; the live-stream registry is shared, where a second
 * "look again" only costs one more query per open stream.
 */
export function onPeerEvent<K extends PeerEvent["kind"]>(
  kind: K,
  receive: (event: Extract<PeerEvent, { kind: K }>) => void,
): void {
  const receivers = registry().receivers;
  const set = receivers.get(kind) ?? new Set();
  receivers.set(kind, set);
  set.add(receive as (event: PeerEvent) => void);
}

export function isPeerEvent(value: unknown): value is PeerEvent {
  if (typeof value !== "object" || value === null) return false;
  const event = value as { kind?: unknown; threadId?: unknown; scope?: unknown };
  return (
    (event.kind === "thread-changed" && typeof event.threadId === "number") ||
    (event.kind === "purge-post-items" && typeof event.scope === "object" && event.scope !== null)
  );
}
