import type { Track } from "../../db/schema";
import type { DB } from "../db.server";
import { unansweredThread } from "./mentoring.server";
import { postVisibleToMembers } from "./post-visibility.server";

export interface WeekActivity {
  weekStart: string; // YYYY-MM-DD, a Monday
  posts: Record<Track, number>;
}

function mondayOf(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
}

/** Visible posts per week and track for the last `weeks` weeks, oldest first. */
export async function weeklyActivity(db: DB, weeks: number, now = new Date()): Promise<WeekActivity[]> {
  const firstMonday = new Date(mondayOf(now).getTime() - (weeks - 1) * 7 * 86_400_000);
  const rows = await db
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .select(["post.created_at", "thread.track"])
    .where("post.created_at", ">=", firstMonday.toISOString())
    .where(postVisibleToMembers("post"))
    .execute();
  const result: WeekActivity[] = Array.from({ length: weeks }, (_, i) => ({
    weekStart: new Date(firstMonday.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10),
    posts: { newcomer: 0, experienced: 0, shared: 0 },
  }));
  for (const row of rows) {
    const index = Math.floor((Date.parse(row.created_at) - firstMonday.getTime()) / (7 * 86_400_000));
    const week = result[index];
    if (week) week.posts[row.track] += 1;
  }
  return result;
}

/** The numbers a moderator checks every morning. */
export async function moderationQueueSizes(db: DB, today: string, now = new Date()) {
  const count = async (query: Promise<{ n: number } | undefined>) => Number((await query)?.n ?? 0);
  const overdueCutoff = new Date(now.getTime() - 48 * 3_600_000).toISOString();
  const [openFlags, hiddenPosts, articlesDue, drafts, unansweredNewcomer, overdueNewcomer] = await Promise.all([
    count(
      db
        .selectFrom("post_flag")
        .where("resolved_at", "is", null)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom("post_hidden")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom("knowledge_article")
        .where("review_on", "<", today)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst(),
    ),
    count(
      db
        .selectFrom("knowledge_article")
        .where("status", "=", "draft")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst(),
    ),
    count(unansweredNewcomerCount(db).executeTakeFirst()),
    count(unansweredNewcomerCount(db).where("thread.created_at", "<", overdueCutoff).executeTakeFirst()),
  ]);
  return { openFlags, hiddenPosts, articlesDue, drafts, unansweredNewcomer, overdueNewcomer };
}

function unansweredNewcomerCount(db: DB) {
  return db
    .selectFrom("thread")
    .where("thread.track", "=", "newcomer")
    .where((eb) => unansweredThread(eb))
    .select((eb) => eb.fn.countAll<number>().as("n"));
}
