import type { DB } from "../db.server";
import { startPollingWorker } from "../polling-worker.server";
import { drainNotifyEvents } from "./fan-out.server";

/**
 * Turns notify events into notifications in the background, every
 * `intervalMs` (at once while a backlog lasts), in the shared polling loop.
 * The returned function stops it, waiting for a drain in flight.
 */
export function startNotificationWorker(options: {
  db: DB;
  intervalMs?: number;
  log?: (line: string) => void;
}): () => Promise<void> {
  const log = options.log ?? ((line: string) => console.warn(line));
  return startPollingWorker({
    name: "Notifikationer",
    intervalMs: options.intervalMs ?? 500,
    log,
    async round() {
      const result = await drainNotifyEvents(options.db);
      if (result.failed > 0) log(`Notifikationer: ${result.failed} hændelser fejlede og prøves igen senere.`);
      return result.events > 0 && result.failed === 0;
    },
  });
}
