import { getEnv } from "./env.server";

/**
 * The forum's address for links that leave the browser (print, calendar
 * files, e-mail): PUBLIC_ORIGIN when set, as behind a reverse proxy, else the
 * origin the request came to.
 */
export function publicOrigin(request: Request): string {
  return getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
}
