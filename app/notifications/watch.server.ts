import type { WatchLevel, WatchTarget } from "../../db/schema";
import type { DB } from "../db.server";

export const MUTED: WatchLevel = 0;
export const NORMAL: WatchLevel = 1;
export const TRACKING: WatchLevel = 2;
export const WATCHING: WatchLevel = 3;

export function isWatchLevel(value: number): value is WatchLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/** Sets a member's level for a thread, category or tag; Normal removes the row, since Normal is what no row means. */
export async function setWatchLevel(
  tx: DB,
  input: { memberId: number; targetType: WatchTarget; targetId: number; level: WatchLevel },
): Promise<void> {
  await tx
    .insertInto("watch")
    .values({ member_id: input.memberId, target_type: input.targetType, target_id: input.targetId, level: input.level })
    .onConflict((oc) => oc.columns(["member_id", "target_type", "target_id"]).doUpdateSet({ level: input.level }))
    .execute();
}

/**
 * The defaults (I watch threads I start, I track threads I reply to): written
 * only when the member has no level for the thread yet, so a choice made on
 * the thread page, Lydløs included, is never overridden by posting.
 */
export async function watchThreadByDefault(
  tx: DB,
  memberId: number,
  threadId: number,
  level: WatchLevel,
): Promise<void> {
  await tx
    .insertInto("watch")
    .values({ member_id: memberId, target_type: "thread", target_id: threadId, level })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** A member's own level for one target (Normal when none is set). */
export async function findWatchLevel(
  db: DB,
  memberId: number,
  targetType: WatchTarget,
  targetId: number,
): Promise<WatchLevel> {
  const row = await db
    .selectFrom("watch")
    .select("level")
    .where("member_id", "=", memberId)
    .where("target_type", "=", targetType)
    .where("target_id", "=", targetId)
    .executeTakeFirst();
  return row?.level ?? NORMAL;
}

/**
 * The level that decides what a member hears about a thread: their own level
 * for the thread when they set one; otherwise the highest of its category's
 * and tags' levels, except that Lydløs on any of them wins (a muted tag keeps
 * its threads out of my lists and my notifications).
 */
export async function effectiveThreadLevel(db: DB, memberId: number, threadId: number): Promise<WatchLevel> {
  const rows = await db
    .selectFrom("watch")
    .select(["target_type", "level"])
    .where("member_id", "=", memberId)
    .where((eb) =>
      eb.or([
        eb.and([eb("target_type", "=", "thread"), eb("target_id", "=", threadId)]),
        eb.and([
          eb("target_type", "=", "category"),
          eb("target_id", "=", eb.selectFrom("thread").select("category_id").where("id", "=", threadId)),
        ]),
        eb.and([
          eb("target_type", "=", "tag"),
          eb("target_id", "in", eb.selectFrom("thread_tag").select("tag_id").where("thread_id", "=", threadId)),
        ]),
      ]),
    )
    .execute();
  const own = rows.find((row) => row.target_type === "thread");
  if (own) return own.level;
  if (rows.some((row) => row.level === MUTED)) return MUTED;
  return rows.reduce<WatchLevel>((best, row) => (row.level > best ? row.level : best), NORMAL);
}

const WATCH_TABLES = { thread: "thread", category: "category", tag: "tag" } as const;

/** Whether the thread, category or tag a watch level is set for exists. */
export async function watchTargetExists(db: DB, targetType: WatchTarget, targetId: number): Promise<boolean> {
  const row = await db.selectFrom(WATCH_TABLES[targetType]).select("id").where("id", "=", targetId).executeTakeFirst();
  return row !== undefined;
}
