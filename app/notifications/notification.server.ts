import type { NotificationKind } from "../../db/schema";
import type { DB } from "../db.server";
import { postVisibleToMembers } from "../models/post-visibility.server";

/** Kinds that point at a post's words: shown only while the post is visible to members. */
const KINDS_SHOWING_A_POST: NotificationKind[] = [
  "reply",
  "quoted",
  "mentioned",
  "solution",
  "helpful",
  "claim",
  "newcomer_question",
  "new_thread",
];

function visibleNotifications(db: DB, memberId: number) {
  return db
    .selectFrom("notification")
    .leftJoin("post", "post.id", "notification.post_id")
    .where("notification.member_id", "=", memberId)
    .where((eb) =>
      eb.or([
        eb("notification.kind", "not in", KINDS_SHOWING_A_POST),
        eb("notification.post_id", "is", null),
        // Judged now, not when the notification was made: a post hidden or deleted since then takes its notification with it.
        eb.and([eb("post.id", "is not", null), postVisibleToMembers("post")]),
      ]),
    );
}

export interface NotificationItem {
  id: number;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  actor: string | null;
  thread: string | null;
  count: number;
}

export async function listNotifications(db: DB, memberId: number, limit = 50): Promise<NotificationItem[]> {
  const rows = await visibleNotifications(db, memberId)
    .leftJoin("member as actor", "actor.id", "notification.actor_id")
    .leftJoin("thread", "thread.id", "notification.thread_id")
    .select([
      "notification.id",
      "notification.kind",
      "notification.read_at",
      "notification.created_at",
      "notification.data",
      "actor.display_name as actor_name",
      "thread.title as thread_title",
    ])
    .orderBy("notification.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const data = JSON.parse(row.data) as { count?: unknown; title?: unknown };
    return {
      id: row.id,
      kind: row.kind,
      read: row.read_at !== null,
      createdAt: row.created_at,
      actor: row.actor_name,
      thread: row.thread_title ?? (typeof data.title === "string" ? data.title : null),
      count: typeof data.count === "number" ? data.count : 1,
    };
  });
}

/** The bell shows "99+" beyond this, so counting stops there: the root loader runs on every page. */
export const UNREAD_COUNT_CAP = 100;

export async function countUnreadNotifications(db: DB, memberId: number): Promise<number> {
  const row = await db
    .selectFrom(
      visibleNotifications(db, memberId)
        .where("notification.read_at", "is", null)
        .select("notification.id")
        .limit(UNREAD_COUNT_CAP)
        .as("unread"),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks one of the member's notifications read and says where it points; undefined when it is not theirs or no longer visible. */
export async function openNotification(db: DB, memberId: number, notificationId: number, at = new Date()) {
  const row = await visibleNotifications(db, memberId)
    .leftJoin("thread", "thread.id", "notification.thread_id")
    .where("notification.id", "=", notificationId)
    .select([
      "notification.id",
      "notification.kind",
      "notification.post_id",
      "notification.read_at",
      "notification.data",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.read_at === null)
    await db.updateTable("notification").set({ read_at: at.toISOString() }).where("id", "=", row.id).execute();
  return row;
}

export async function markAllNotificationsRead(db: DB, memberId: number, at = new Date()): Promise<void> {
  await db
    .updateTable("notification")
    .set({ read_at: at.toISOString() })
    .where("member_id", "=", memberId)
    .where("read_at", "is", null)
    .execute();
}
