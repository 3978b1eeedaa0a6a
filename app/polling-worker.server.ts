/**
 * The one background loop behind the search outbox, the notification fan-out
 * and the mail outbox workers: run a round, wait, run again. A round that
 * reports more work waiting runs again at once; a round that throws is logged
 * and the pause doubles (up to `maxBackOffMs`) until a round succeeds, so a
 * broken dependency is not hammered. Nothing escapes the loop, and its timer
 * never keeps the process alive.
 */
export interface PollingWorkerOptions {
  /** Prefixes the log line of a round that threw, e.g. "Mail". */
  name: string;
  /** One round of work; answers true when more is waiting and the next round should start at once. */
  round: () => Promise<boolean | void>;
  /** The pause between rounds while nothing is wrong. */
  intervalMs: number;
  maxBackOffMs?: number;
  log: (line: string) => void;
}

/** Starts the loop with a first round straight away; the returned function stops it, waiting for a round in flight. */
export function startPollingWorker(options: PollingWorkerOptions): () => Promise<void> {
  const maxBackOff = Math.max(options.intervalMs, options.maxBackOffMs ?? 60_000);
  let stopped = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function round(): Promise<number> {
    try {
      const more = await options.round();
      failures = 0;
      return more === true ? 0 : options.intervalMs;
    } catch (error) {
      failures += 1;
      options.log(`${options.name}: ${error instanceof Error ? error.message : String(error)}`);
      return Math.min(options.intervalMs * 2 ** (failures - 1), maxBackOff);
    }
  }

  function schedule(pauseMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, pauseMs);
    timer.unref();
  }

  running = round().then(schedule);
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}

export const BACK_OFF_BASE_MS = 2_000;
export const BACK_OFF_CAP_MS = 5 * 60_000;

/**
 * Exponential back-off with "equal jitter": between half and all of
 * 2 s · 2^(attempts-1), capped at 5 minutes, so retries after an outage do not
 * arrive in step.
 */
export function backOffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACK_OFF_CAP_MS, BACK_OFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * What an outbox row (mail, notification event, search) records when handling it failed: one more attempt,
 * the next one after a growing pause, and why (shortened: it is for the operator, not an archive).
 */
export function failedAttempt(
  previousAttempts: number,
  error: unknown,
  now: Date,
  random: () => number = Math.random,
): { attempts: number; next_attempt_at: string; last_error: string } {
  const attempts = previousAttempts + 1;
  return {
    attempts,
    next_attempt_at: new Date(now.getTime() + backOffMs(attempts, random)).toISOString(),
    last_error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
  };
}
