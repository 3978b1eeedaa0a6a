import { randomUUID } from "node:crypto";
import pg from "pg";
import { addPeerSender, isPeerEvent, receiveFromPeer, type PeerEvent } from "./peer-events.server";

const CHANNEL = "tvaers_peers";

/**
 * Several app servers on one PostgreSQL: each LISTENs on one channel and
 * NOTIFYs it with what the others must know (peer-events). A notification
 * is delivered to every listener, the sender too, so each carries the
 * sender's id. A NOTIFY sent inside a transaction would wait for its commit;
 * these are sent after commits, on the pool. Returns the stop.
 */
export async function startPostgresPeers(url: string, pool: pg.Pool): Promise<() => Promise<void>> {
  const me = randomUUID();
  const listener = new pg.Client({ connectionString: url, application_name: "tvaers-peers" });
  listener.on("error", (error) => console.error(`PostgreSQL peers: ${error.message}`));
  await listener.connect();
  listener.on("notification", (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const { from, event } = JSON.parse(message.payload) as { from: string; event: unknown };
      if (from !== me && isPeerEvent(event)) receiveFromPeer(event);
    } catch {
      // Not ours: ignore.
    }
  });
  await listener.query(`listen ${CHANNEL}`);
  const removeSender = addPeerSender((event: PeerEvent) => {
    // NOTIFY payloads are limited to 8,000 bytes; a purge of many posts becomes a purge of all.
    let payload = JSON.stringify({ from: me, event });
    if (payload.length > 7_500)
      payload = JSON.stringify({ from: me, event: { kind: "purge-post-items", scope: { all: true } } });
    pool
      .query("select pg_notify($1, $2)", [CHANNEL, payload])
      .catch((error: unknown) =>
        console.error(`PostgreSQL peers: ${error instanceof Error ? error.message : String(error)}`),
      );
  });
  return async () => {
    removeSender();
    await listener.end().catch(() => {});
  };
}
