import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { blockedUntil, recordFailure } from "../auth/rate-limit.server";
import { invalidateMemberSessions } from "../auth/session.server";
import { accountMailCopy } from "../copy/account-mail";
import { type DB, writeTransaction } from "../db.server";
import { queueAccountMail } from "../mail/account-mail.server";
import { Refusal } from "../refusal";

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60_000;
/** Requests per 15 minutes (the sign-in window): per address asked about, and per client address. */
export const MAX_RESET_REQUESTS_PER_EMAIL = 3;
export const MAX_RESET_REQUESTS_PER_CLIENT = 10;

const hashToken = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
const resetEmailBucket = (email: string) => `reset-email:${email.trim().toLowerCase()}`;
const resetClientBucket = (address: string) => `reset-client:${address}`;

function newToken(): string {
  const bytes = new Uint8Array(25);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** Makes a reset link for a member and queues its mail, in one transaction; earlier unused links stop working. */
export async function issuePasswordReset(
  db: DB,
  member: { id: number; email: string; display_name: string },
  requestedById: number | null,
  now = new Date(),
): Promise<void> {
  const token = newToken();
  await writeTransaction(db, async (tx) => {
    await tx
      .updateTable("password_reset")
      .set({ used_at: now.toISOString() })
      .where("member_id", "=", member.id)
      .where("used_at", "is", null)
      .execute();
    await tx
      .insertInto("password_reset")
      .values({
        member_id: member.id,
        token_hash: hashToken(token),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS).toISOString(),
        requested_by_id: requestedById,
      })
      .execute();
    await queueAccountMail(
      tx,
      member.id,
      { kind: "password_reset", to: member.email, name: member.display_name, path: `/nulstil/${token}` },
      now,
    );
  });
}

/**
 * "Glemt adgangskode?": mails a link if the address belongs to an active
 * member, and does exactly the same bookkeeping when it does not, so neither
 * the answer nor the rate limit tells who is a member. Refuses (429) when
 * this address or this client has asked too often.
 */
export async function requestPasswordReset(
  db: DB,
  request: { email: string; clientAddress: string },
  now = new Date(),
): Promise<void> {
  const buckets = [resetEmailBucket(request.email), resetClientBucket(request.clientAddress)];
  const blocked =
    (await blockedUntil(db, buckets[0] as string, MAX_RESET_REQUESTS_PER_EMAIL, now)) ??
    (await blockedUntil(db, buckets[1] as string, MAX_RESET_REQUESTS_PER_CLIENT, now));
  if (blocked) throw new Refusal(accountMailCopy.forgotThrottled, { status: 429 });
  await recordFailure(db, buckets, now);
  const member = await db
    .selectFrom("member")
    .where(({ eb, fn }) => eb(fn("lower", ["email"]), "=", request.email.trim().toLowerCase()))
    .where("disabled_at", "is", null)
    .where("password_hash", "is not", null)
    .select(["id", "email", "display_name"])
    .executeTakeFirst();
  if (member?.email)
    await issuePasswordReset(db, { id: member.id, email: member.email, display_name: member.display_name }, null, now);
}

export type PasswordResetState =
  { status: "valid"; resetId: number; memberId: number } | { status: "expired" | "used" | "unknown" };

export async function findPasswordReset(db: DB, token: string, now = new Date()): Promise<PasswordResetState> {
  if (!/^[a-z2-7]{20,80}$/.test(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("password_reset")
    .innerJoin("member", "member.id", "password_reset.member_id")
    .where("password_reset.token_hash", "=", hashToken(token))
    .select([
      "password_reset.id",
      "password_reset.member_id",
      "password_reset.expires_at",
      "password_reset.used_at",
      "member.disabled_at",
    ])
    .executeTakeFirst();
  if (!row || row.disabled_at !== null) return { status: "unknown" };
  if (row.used_at !== null) return { status: "used" };
  if (row.expires_at <= now.toISOString()) return { status: "expired" };
  return { status: "valid", resetId: row.id, memberId: row.member_id };
}

/**
 * Sets the new password (already hashed) and ends every session of the
 * member, in one transaction; the link is spent even if two requests race.
 */
export async function completePasswordReset(
  db: DB,
  token: string,
  passwordHash: string,
  now = new Date(),
): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const state = await findPasswordReset(tx, token, now);
    if (state.status !== "valid") throw new Refusal(accountMailCopy.resetInvalid[state.status].title, { status: 410 });
    await tx
      .updateTable("password_reset")
      .set({ used_at: now.toISOString() })
      .where("member_id", "=", state.memberId)
      .where("used_at", "is", null)
      .execute();
    await tx.updateTable("member").set({ password_hash: passwordHash }).where("id", "=", state.memberId).execute();
    await invalidateMemberSessions(tx, state.memberId);
    return state.memberId;
  });
}
