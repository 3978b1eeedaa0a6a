import type { NextFunction, Request, Response } from "express";

/**
 * One JSON line per request: method, path, status, duration. The query string
 * is left out on purpose: it carries search text, and tokens never belong in logs.
 *
 * The log must never take the forum down with it: on a full disk a write to
 * stdout fails (asynchronously with an 'error' event for a pipe or socket,
 * synchronously for a file), and an unhandled 'error' ends the process. Lines
 * that cannot be written are dropped and counted; the log tries again with
 * the next request, so a log written to a file resumes once there is room.
 */
export function requestLog(options: { enabled: boolean; stream?: NodeJS.WritableStream }) {
  const stream = options.stream ?? process.stdout;
  const health = { dropped: 0 };
  if (options.enabled) {
    stream.on("error", () => {
      health.dropped += 1;
    });
  }
  const write = (line: string) => {
    try {
      stream.write(line);
    } catch {
      health.dropped += 1;
    }
  };
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (!options.enabled) return next();
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const path = req.path.startsWith("/invitation/") ? "/invitation/:token" : req.path;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), method: req.method, path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 })}\n`,
      );
    });
    next();
  };
  return Object.assign(middleware, { health });
}
