import type { NextFunction, Request, Response } from "express";
import { sessionCookie, readSessionToken } from "../auth/session-cookie.server";
import { validateSessionToken } from "../auth/session.server";
import { getDb } from "../db.server";

/**
 * Slides the session expiry forward and re-sends the cookie with it. Done here
 * rather than in loaders because a Remix loader cannot set a cookie on every
 * document response; loaders then see an already-renewed session.
 */
export function renewSessions() {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = readSessionToken(req.headers.cookie);
    if (!token || req.path.startsWith("/build/")) return next();
    validateSessionToken(getDb(), token)
      .then((session) => {
        if (session?.renewed) res.append("Set-Cookie", sessionCookie(token, session.expiresAt));
        next();
      })
      .catch(next);
  };
}
