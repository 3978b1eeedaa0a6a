import type { DB } from "../db.server";
import { drainNotifyEvents } from "./fan-out.server";

/**
 * Turns notify events into notifications in the background, every
 * `intervalMs` (sooner while a backlog lasts). Nothing escapes the loop; the
 * timer never keeps the process alive. The returned function stops it,
 * waiting for a drain in flight.
 */
export function startNotificationWorker(options: {
  db: DB;
  intervalMs?: number;
  log?: (line: string) => void;
}): () => Promise<void> {
  const interval = options.intervalMs ?? 500;
  const log = options.log ?? ((line: string) => console.warn(line));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tick(): Promise<boolean> {
    try {
      const result = await drainNotifyEvents(options.db);
      if (result.failed > 0) log(`Notifikationer: ${result.failed} hændelser fejlede og prøves igen senere.`);
      return result.events > 0 && result.failed === 0;
    } catch (error) {
      log(`Notifikationer: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  function schedule(busy: boolean): void {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = tick().then(schedule);
      },
      busy ? 0 : interval,
    );
    timer.unref();
  }

  running = tick().then(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
