import type { DB } from "../db.server";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function accountBucket(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressBucket(address: string): string {
  return `address:${address}`;
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

export async function recordFailure(db: DB, buckets: string[], now = new Date()): Promise<void> {
  await db
    .insertInto("sign_in_attempt")
    .values(buckets.map((bucket) => ({ bucket, attempted_at: now.toISOString() })))
    .execute();
  // Old attempts are worthless; trim them as we go instead of needing a cron job.
  await db.deleteFrom("sign_in_attempt").where("attempted_at", "<", new Date(now.getTime() - 2 * SIGN_IN_WINDOW_MS).toISOString()).execute();
}

export async function clearFailures(db: DB, bucket: string): Promise<void> {
  await db.deleteFrom("sign_in_attempt").where("bucket", "=", bucket).execute();
}
