import { sql } from "kysely";
import type { NotificationKind } from "../../db/schema";
import type { DB } from "../db.server";

/** What is addressed to a member and worth an e-mail right away (if still unread after the delay). */
export const IMMEDIATE_MAIL_KINDS = new Set<NotificationKind>([
  "reply",
  "quoted",
  "mentioned",
  "claim",
  "post_hidden",
  "warning",
  "thread_moved",
]);

/** An active member is not mailed about what they saw on the site within this time. */
export const UNREAD_MAIL_DELAY_MS = 10 * 60_000;

/**
 * Queues one mail per notification, due when the delay has passed; call in
 * the transaction that wrote the notifications, so a notification and its
 * mail are committed together or not at all.
 */
export async function queueNotificationMails(
  tx: DB,
  mails: { notificationId: number; memberId: number; kind: NotificationKind }[],
  createdAt: string,
): Promise<void> {
  if (mails.length === 0) return;
  const due = new Date(Date.parse(createdAt) + UNREAD_MAIL_DELAY_MS).toISOString();
  for (let i = 0; i < mails.length; i += 200) {
    await tx
      .insertInto("mail_outbox")
      .values(
        mails.slice(i, i + 200).map((mail) => ({
          member_id: mail.memberId,
          kind: mail.kind,
          notification_id: mail.notificationId,
          created_at: createdAt,
          next_attempt_at: due,
        })),
      )
      .execute();
  }
}

/** For /healthz: mails not yet sent, and how many have failed at least once. No addresses or error text (the endpoint is public). */
export async function mailBacklog(db: DB): Promise<{ pending: number; retrying: number }> {
  const row = await db
    .selectFrom("mail_outbox")
    .select((eb) => [
      eb.fn.countAll<number>().as("pending"),
      eb.fn.sum<number | null>(sql<number>`case when attempts > 0 then 1 else 0 end`).as("retrying"),
    ])
    .executeTakeFirst();
  return { pending: Number(row?.pending ?? 0), retrying: Number(row?.retrying ?? 0) };
}
