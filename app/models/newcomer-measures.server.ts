import type { DB } from "../db.server";
import { postVisibleToMembers } from "./post-visibility.server";

export interface MonthMeasure {
  month: string; // YYYY-MM
  questions: number;
  medianHoursToFirstReply: number | null;
  answeredWithin48h: number; // share 0..1
  stillOpen: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Per month of asking: how many newcomer questions, the median hours until the
 * first reply from someone else, the share answered within 48 hours, and how
 * many are still unanswered today.
 */
export async function newcomerMeasures(db: DB, options: { months: number; now?: Date }): Promise<MonthMeasure[]> {
  const now = options.now ?? new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (options.months - 1), 1));
  const rows = await db
    .selectFrom("thread")
    .where("thread.track", "=", "newcomer")
    .where("thread.created_at", ">=", first.toISOString())
    .select((eb) => [
      "thread.created_at",
      eb
        .selectFrom("post as reply")
        .whereRef("reply.thread_id", "=", "thread.id")
        .whereRef("reply.author_id", "!=", "thread.author_id")
        .where(postVisibleToMembers("reply"))
        .select((e) => e.fn.min("reply.created_at").as("first"))
        .as("first_reply_at"),
    ])
    .execute();
  const months = Array.from({ length: options.months }, (_, i) =>
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1)).toISOString().slice(0, 7),
  );
  return months.map((month) => {
    const asked = rows.filter((row) => row.created_at.startsWith(month));
    const hours = asked
      .filter((row) => row.first_reply_at)
      .map((row) => (Date.parse(row.first_reply_at as string) - Date.parse(row.created_at)) / 3_600_000);
    return {
      month,
      questions: asked.length,
      medianHoursToFirstReply: median(hours),
      answeredWithin48h: asked.length === 0 ? 0 : hours.filter((h) => h <= 48).length / asked.length,
      stillOpen: asked.length - hours.length,
    };
  });
}
