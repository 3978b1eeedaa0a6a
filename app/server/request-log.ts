import type { NextFunction, Request, Response } from "express";

/**
 * One JSON line per request: method, path, status, duration. The query string
 * is left out on purpose: it carries search text, and tokens never belong in logs.
 */
export function requestLog(options: { enabled: boolean }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!options.enabled) return next();
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const path = req.path.startsWith("/invitation/") ? "/invitation/:token" : req.path;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), method: req.method, path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 })}\n`,
      );
    });
    next();
  };
}
