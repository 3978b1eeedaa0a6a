import type { NextFunction, Request, Response } from "express";
import { beginRequestSession, REQUEST_ID_HEADER } from "../auth/request-session.server";
import { sessionCookie } from "../auth/session-cookie.server";

/**
 * Checks the session once per request, slides its expiry forward and re-sends
 * the cookie with it. Done here rather than in loaders because a Remix loader
 * cannot set a cookie on every document response; loaders then reuse this
 * check (app/auth/request-session.server.ts).
 */
export function renewSessions() {
  return (req: Request, res: Response, next: NextFunction) => {
    // Never trust an id a client sent.
    delete req.headers[REQUEST_ID_HEADER];
    if (req.path.startsWith("/build/")) return next();
    // Only reads share the check: an action may change the member or the session, and the loaders after it must see that.
    const share = req.method === "GET" || req.method === "HEAD";
    const { id, token, session, end } = beginRequestSession(req.headers.cookie, share);
    if (share) {
      req.headers[REQUEST_ID_HEADER] = id;
      res.once("close", end);
    }
    session
      .then((valid) => {
        if (valid?.renewed && token) res.append("Set-Cookie", sessionCookie(token, valid.expiresAt));
        next();
      })
      .catch(next);
  };
}
