import { getDb } from "../db.server";
import { readSessionToken } from "./session-cookie.server";
import { validateSessionToken, type ValidSession } from "./session.server";

/**
 * One session check per HTTP request. The Express layer validates (and
 * renews) the session before Remix runs; Remix then hands each loader its own
 * copy of the Request, so the root and route loaders would each check the
 * session again. The Express layer stamps the request with an id header that
 * it always overwrites, so a client cannot choose one, and keeps the check's
 * result under that id until the response is finished.
 */
export const REQUEST_ID_HEADER = "x-tvaers-request-id";

interface RequestSession {
  session: Promise<ValidSession | null>;
  /** Filled by the member guard, so the member row is read once per request too. */
  member?: Promise<unknown>;
}

declare global {
  // Shared by the Express layer and the Remix build, which each load this module.
  var __tvaersRequestSessions: Map<string, RequestSession> | undefined;
}

function requestSessions(): Map<string, RequestSession> {
  globalThis.__tvaersRequestSessions ??= new Map();
  return globalThis.__tvaersRequestSessions;
}

let lastRequestId = 0;

/**
 * Called by the Express layer for each request. With `share`, the check is
 * kept under the returned id for the loaders until `end` is called.
 */
export function beginRequestSession(
  cookieHeader: string | undefined,
  share: boolean,
): { id: string; token: string | null; session: Promise<ValidSession | null>; end: () => void } {
  lastRequestId += 1;
  const id = `${process.pid}-${lastRequestId}`;
  const token = readSessionToken(cookieHeader);
  const session = token ? validateSessionToken(getDb(), token) : Promise.resolve(null);
  // Handled by whoever awaits it; this keeps an early rejection from counting as unhandled.
  session.catch(() => undefined);
  if (share) requestSessions().set(id, { session });
  return { id, token, session, end: () => requestSessions().delete(id) };
}

/** The entry the Express layer made for this request, if it passed through it (tests call loaders directly). */
export function requestSessionEntry(request: Request): RequestSession | undefined {
  const id = request.headers.get(REQUEST_ID_HEADER);
  return id ? requestSessions().get(id) : undefined;
}

/** The Express layer's check for the request it stamped with `id` (the page cache reads it). */
export function requestSessionFor(id: string): Promise<ValidSession | null> | undefined {
  return requestSessions().get(id)?.session;
}
