import type { NextFunction, Request, Response } from "express";
import { requestErrors } from "../copy/hardening";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests sent from another site (CSRF). Browsers send
 * Sec-Fetch-Site and Origin on every non-GET request; a request with neither
 * comes from a non-browser client, which has no ambient cookies to abuse.
 */
export function sameOriginOnly(options: { publicOrigin?: string }) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const fetchSite = req.get("sec-fetch-site");
    if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return refuse(res);
    const origin = req.get("origin");
    if (origin && origin !== "null") {
      const expected = new Set([`${req.protocol}://${req.get("host")}`]);
      if (options.publicOrigin) expected.add(new URL(options.publicOrigin).origin);
      if (!expected.has(origin)) return refuse(res);
    } else if (origin === "null") {
      return refuse(res);
    }
    next();
  };
}

function refuse(res: Response) {
  res.status(403).type("text/plain; charset=utf-8").send(requestErrors.otherSite);
}
