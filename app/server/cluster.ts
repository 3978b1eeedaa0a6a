import cluster, { type Worker } from "node:cluster";
import fs from "node:fs";
import path from "node:path";

/** The message a worker sends with a peer event (app/peers); the primary passes it to the others. */
export const PEER_MESSAGE = "tvaersPeerEvent";

/**
 * WORKERS=2 (opt-in, README Decisions): the primary, having migrated the
 * database, starts this many server processes sharing the port. The first
 * also runs the background work (WAL checkpoints, search, notification and
 * mail workers), so each of those runs once; the primary holds the pid file,
 * passes peer events (thread changes, render-cache purges) between workers, replaces a worker that dies and
 * stops them all on SIGTERM or SIGINT.
 */
export function startCluster(options: { workers: number; dataDir: string }): void {
  const pidFile = path.join(options.dataDir, "tvaers.pid");
  fs.writeFileSync(pidFile, `${process.pid}\n`);
  process.on("exit", () => {
    try {
      if (fs.readFileSync(pidFile, "utf8").trim() === String(process.pid)) fs.rmSync(pidFile);
    } catch {
      // already gone
    }
  });
  const roles = new Map<Worker, number>();
  const fork = (index: number) => {
    const worker = cluster.fork({ TVAERS_WORKER_INDEX: String(index) });
    roles.set(worker, index);
  };
  for (let index = 0; index < options.workers; index += 1) fork(index);

  let stopping = false;
  cluster.on("message", (from, message: unknown) => {
    if (typeof message !== "object" || message === null || !(PEER_MESSAGE in message)) return;
    for (const worker of roles.keys()) if (worker !== from && worker.isConnected()) worker.send(message);
  });
  cluster.on("exit", (worker, code, signal) => {
    const index = roles.get(worker) ?? 0;
    roles.delete(worker);
    if (stopping) {
      if (roles.size === 0) process.exit(0);
      return;
    }
    console.error(`Server process ${index + 1} stopped (${signal ?? code}); starting it again.`);
    fork(index);
  });
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const worker of roles.keys()) worker.process.kill(signal);
    setTimeout(() => process.exit(1), 12_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}
