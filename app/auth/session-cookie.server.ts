import { getEnv } from "../env.server";
import { SESSION_COOKIE } from "./session.server";

function secureCookies(): boolean {
  const env = getEnv();
  return env.NODE_ENV === "production" || (env.PUBLIC_ORIGIN?.startsWith("https:") ?? false);
}

export function sessionCookie(token: string, expiresAt: Date, secure = secureCookies()): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAge}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

export function clearedSessionCookie(): string {
  return [
    `${SESSION_COOKIE}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(secureCookies() ? ["Secure"] : []),
  ].join("; ");
}

export function readSessionToken(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return rest.join("=") || null;
  }
  return null;
}
