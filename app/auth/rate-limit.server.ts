import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { sql } from "kysely";
import type { DB } from "../db.server";

/**
 * Failed sign-ins are throttled so that an attacker is slowed without locking
 * the member out:
 *  - per (account, address) pair: 5 failures in 15 minutes stop that address
 *    guessing that account, even with the right password;
 *  - per address: 30 failures stop one address guessing many accounts;
 *  - per account: 10 failures from anywhere stop further tries from addresses
 *    the member has not signed in from before, which caps a distributed attack;
 *    an address the member signed in from in the last 60 days may still try.
 * Five wrong passwords typed elsewhere therefore no longer lock a member out.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_PAIR = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const KNOWN_ADDRESS_MS = 60 * 24 * 3_600_000;

function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function accountBucket(email: string): string {
  return `account:${normalisedEmail(email)}`;
}

export function addressBucket(address: string): string {
  return `address:${address}`;
}

export function pairBucket(email: string, address: string): string {
  return `pair:${normalisedEmail(email)}|${address}`;
}

/** Where the member signed in successfully; the address is stored hashed, as it is kept for weeks. */
export function knownAddressBucket(email: string, address: string): string {
  return `known:${normalisedEmail(email)}|${encodeHexLowerCase(sha256(new TextEncoder().encode(address)))}`;
}

/**
 * When the bucket may try again, or null if it may try now. Kept in SQLite so
 * a restart does not hand an attacker a fresh set of guesses.
 */
export async function blockedUntil(db: DB, bucket: string, limit: number, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom("sign_in_attempt")
    .where("bucket", "=", bucket)
    .where("attempted_at", ">", since)
    .select("attempted_at")
    .orderBy("attempted_at", "desc")
    .limit(limit)
    .execute();
  if (rows.length < limit) return null;
  const oldestCounted = rows[rows.length - 1];
  return oldestCounted ? new Date(new Date(oldestCounted.attempted_at).getTime() + SIGN_IN_WINDOW_MS) : null;
}

async function isKnownAddress(db: DB, email: string, address: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("sign_in_attempt")
    .select("id")
    .where("bucket", "=", knownAddressBucket(email, address))
    .where("attempted_at", ">", new Date(now.getTime() - KNOWN_ADDRESS_MS).toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** When this address may next try to sign in to this account, or null if it may try now. */
export async function signInBlockedUntil(
  db: DB,
  attempt: { email: string; address: string },
  now = new Date(),
): Promise<Date | null> {
  const pair = await blockedUntil(db, pairBucket(attempt.email, attempt.address), MAX_FAILURES_PER_PAIR, now);
  if (pair) return pair;
  const address = await blockedUntil(db, addressBucket(attempt.address), MAX_FAILURES_PER_ADDRESS, now);
  if (address) return address;
  if (await isKnownAddress(db, attempt.email, attempt.address, now)) return null;
  return blockedUntil(db, accountBucket(attempt.email), MAX_FAILURES_PER_ACCOUNT, now);
}

export async function recordSignInFailure(
  db: DB,
  attempt: { email: string; address: string },
  now = new Date(),
): Promise<void> {
  await recordFailure(
    db,
    [pairBucket(attempt.email, attempt.address), addressBucket(attempt.address), accountBucket(attempt.email)],
    now,
  );
}

/** The member is in: their own mistakes from this address are forgiven and the address is remembered as theirs. */
export async function recordSignInSuccess(
  db: DB,
  attempt: { email: string; address: string },
  now = new Date(),
): Promise<void> {
  await clearFailures(db, pairBucket(attempt.email, attempt.address));
  const known = knownAddressBucket(attempt.email, attempt.address);
  await db.deleteFrom("sign_in_attempt").where("bucket", "=", known).execute();
  await db.insertInto("sign_in_attempt").values({ bucket: known, attempted_at: now.toISOString() }).execute();
}

export async function recordFailure(db: DB, buckets: string[], now = new Date()): Promise<void> {
  await db
    .insertInto("sign_in_attempt")
    .values(buckets.map((bucket) => ({ bucket, attempted_at: now.toISOString() })))
    .execute();
  // Old attempts are worthless; trim them as we go instead of needing a cron job. Known addresses live longer.
  await db
    .deleteFrom("sign_in_attempt")
    .where("attempted_at", "<", new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS).toISOString())
    .where("bucket", "not like", "known:%")
    .execute();
  await db
    .deleteFrom("sign_in_attempt")
    .where("attempted_at", "<", new Date(now.getTime() - KNOWN_ADDRESS_MS).toISOString())
    .where("bucket", "like", "known:%")
    .execute();
}

export async function clearFailures(db: DB, bucket: string): Promise<void> {
  await db.deleteFrom("sign_in_attempt").where("bucket", "=", bucket).execute();
}

/** Every sign-in record naming this e-mail address (account, pair and known-address buckets), for erasure. */
export async function forgetSignInHistory(db: DB, email: string): Promise<void> {
  const address = normalisedEmail(email);
  // Prefixes compared with substr rather than LIKE, so an address's own % or _ cannot widen the match.
  const prefix = (kind: string) => `${kind}:${address}|`;
  await db
    .deleteFrom("sign_in_attempt")
    .where((eb) =>
      eb.or([
        eb("bucket", "=", accountBucket(address)),
        eb(sql`substr(bucket, 1, ${prefix("pair").length})`, "=", prefix("pair")),
        eb(sql`substr(bucket, 1, ${prefix("known").length})`, "=", prefix("known")),
      ]),
    )
    .execute();
}
