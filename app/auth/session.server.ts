import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { DB } from "../db.server";
import { isStorageFault } from "../storage-fault.server";
import { compiledOnce } from "../models/compiled-query.server";

// After Lucia's session guide: the token is "<id>.<secret>"; the table keeps the
// id and a SHA-256 of the secret, compared in constant time.
export const SESSION_COOKIE = "tvaers_session";
export const SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;
const RENEW_WHEN_LEFT_MS = 15 * 24 * 3_600_000;

function randomString(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function generateSessionToken(): string {
  return `${randomString(15)}.${randomString(20)}`;
}

export interface ValidSession {
  id: string;
  memberId: number;
  expiresAt: Date;
  /** True when this validation slid the expiry forward, so the cookie must be re-sent. */
  renewed: boolean;
}

export async function createSession(db: DB, token: string, memberId: number, now = new Date()): Promise<ValidSession> {
  const [id, secret] = splitToken(token) ?? [];
  if (!id || !secret) throw new Error("Malformed session token");
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await db
    .insertInto("session")
    .values({
      id,
      secret_hash: hashSecret(secret),
      member_id: memberId,
      expires_at: expiresAt.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  return { id, memberId, expiresAt, renewed: false };
}

function splitToken(token: string): [string, string] | undefined {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 100) return undefined;
  return [parts[0], parts[1]];
}

/** The session for a token, or null; expired sessions and disabled members are refused (and cleaned up). */
// Every signed-in request runs this: compiled once (see compiled-query.server.ts).
const selectSession = compiledOnce((db: DB, id: string) =>
  db
    .selectFrom("session")
    .innerJoin("member", "member.id", "session.member_id")
    .where("session.id", "=", id)
    .select(["session.id", "session.secret_hash", "session.member_id", "session.expires_at", "member.disabled_at"]),
);

export async function validateSessionToken(db: DB, token: string, now = new Date()): Promise<ValidSession | null> {
  const parts = splitToken(token);
  if (!parts) return null;
  const [id, secret] = parts;
  const [row] = await selectSession(db, id);
  if (!row) return null;
  const expected = new TextEncoder().encode(row.secret_hash);
  const given = new TextEncoder().encode(hashSecret(secret));
  if (!constantTimeEqual(expected, given)) return null;
  const expiresAt = new Date(row.expires_at);
  if (now.getTime() >= expiresAt.getTime() || row.disabled_at !== null) {
    // Refused either way; on a full or read-only disk the row is removed another time.
    await invalidateSession(db, row.id).catch((error: unknown) => {
      if (!isStorageFault(error)) throw error;
    });
    return null;
  }
  if (expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS) {
    const renewedAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    try {
      await db.updateTable("session").set({ expires_at: renewedAt.toISOString() }).where("id", "=", row.id).execute();
      return { id: row.id, memberId: row.member_id, expiresAt: renewedAt, renewed: true };
    } catch (error) {
      // A full or read-only disk must not sign everyone out or fail every page: the session is still valid, only not extended.
      if (!isStorageFault(error)) throw error;
    }
  }
  return { id: row.id, memberId: row.member_id, expiresAt, renewed: false };
}

export async function invalidateSession(db: DB, sessionId: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", sessionId).execute();
}

/** Ends every session of a member, optionally keeping the one they are using. */
export async function invalidateMemberSessions(db: DB, memberId: number, keepSessionId?: string): Promise<void> {
  let query = db.deleteFrom("session").where("member_id", "=", memberId);
  if (keepSessionId) query = query.where("id", "!=", keepSessionId);
  await query.execute();
}
