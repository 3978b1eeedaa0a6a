import type { DB } from "../db.server";
import { getEnv } from "../env.server";
import { postingLimitCopy } from "../copy/permissions-and-limits";

export interface PostingLimits {
  minIntervalSeconds: number;
  maxThreadsPerDay: number;
  duplicateMinutes: number;
}

export function postingLimits(): PostingLimits {
  const env = getEnv();
  return {
    minIntervalSeconds: env.POSTING_MIN_INTERVAL_SECONDS,
    maxThreadsPerDay: env.POSTING_MAX_THREADS_PER_DAY,
    duplicateMinutes: env.POSTING_DUPLICATE_MINUTES,
  };
}

/**
 * Why a member may not post right now, in Danish, or null. Checked inside the
 * write transaction, so two quick submissions cannot both slip through.
 */
export async function postingRefusal(
  tx: DB,
  input: { memberId: number; body: string; newThread: boolean },
  limits: PostingLimits = postingLimits(),
  now = new Date(),
): Promise<string | null> {
  const latest = await tx
    .selectFrom("post")
    .select("created_at")
    .where("author_id", "=", input.memberId)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (latest && limits.minIntervalSeconds > 0) {
    const wait = Math.ceil((Date.parse(latest.created_at) + limits.minIntervalSeconds * 1000 - now.getTime()) / 1000);
    if (wait > 0) return postingLimitCopy.tooSoon(wait);
  }
  if (limits.duplicateMinutes > 0) {
    const since = new Date(now.getTime() - limits.duplicateMinutes * 60_000).toISOString();
    const duplicate = await tx
      .selectFrom("post")
      .select("id")
      .where("author_id", "=", input.memberId)
      .where("created_at", ">", since)
      .where("body_source", "=", input.body)
      .where("deleted_at", "is", null)
      .limit(1)
      .executeTakeFirst();
    if (duplicate) return postingLimitCopy.duplicate;
  }
  if (input.newThread) {
    const since = new Date(now.getTime() - 24 * 3_600_000).toISOString();
    const row = await tx
      .selectFrom("thread")
      .where("author_id", "=", input.memberId)
      .where("created_at", ">", since)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    if (Number(row?.n ?? 0) >= limits.maxThreadsPerDay) return postingLimitCopy.threadsPerDay(limits.maxThreadsPerDay);
  }
  return null;
}
