import type { NotificationKind } from "../../db/schema";
import { mailCopy } from "../copy/mail";
import { notificationText } from "../copy/notifications";
import type { DB } from "../db.server";
import { postVisibleToMembers } from "../models/post-visibility.server";
import type { OutgoingMail } from "./transport.server";
import { unsubscribeToken } from "./unsubscribe-token.server";
import { escapeHtml, htmlFooter, listMailHeaders, mailExcerpt, outboxMessageId } from "./mail-parts.server";
import { hasOptedOut } from "./mail-settings.server";

const EXCERPT_CHARS = 300;
const KINDS_SHOWING_A_POST = new Set<NotificationKind>(["reply", "quoted", "mentioned", "claim"]);

export interface MailSettings {
  origin: string;
  from: string;
  excerpts: boolean;
}

/**
 * The mail for one queued notification, composed now from the database as it
 * is now; null when it should not be sent: already read on the site, the
 * member gone or opted out of the kind, or the post no longer visible.
 */
export async function composeNotificationMail(
  db: DB,
  outboxRow: { id: number; member_id: number; kind: NotificationKind; notification_id: number | null },
  settings: MailSettings,
): Promise<OutgoingMail | null> {
  if (outboxRow.notification_id === null) return null;
  const row = await db
    .selectFrom("notification")
    .innerJoin("member", "member.id", "notification.member_id")
    .leftJoin("member as actor", "actor.id", "notification.actor_id")
    .leftJoin("thread", "thread.id", "notification.thread_id")
    .where("notification.id", "=", outboxRow.notification_id)
    .select([
      "notification.id",
      "notification.kind",
      "notification.read_at",
      "notification.post_id",
      "notification.data",
      "member.email",
      "member.display_name",
      "member.disabled_at",
      "actor.display_name as actor_name",
      "thread.title as thread_title",
    ])
    .executeTakeFirst();
  if (!row || row.read_at !== null || row.disabled_at !== null || !row.email) return null;
  if (await hasOptedOut(db, outboxRow.member_id, row.kind)) return null;
  let excerpt: string | null = null;
  if (KINDS_SHOWING_A_POST.has(row.kind) && row.post_id !== null) {
    const post = await db
      .selectFrom("post")
      .select("post.body_source")
      .where("post.id", "=", row.post_id)
      .where(postVisibleToMembers("post"))
      .executeTakeFirst();
    // Hidden, deleted or flagged since the notification was made: no mail at all.
    if (!post) return null;
    if (settings.excerpts) excerpt = mailExcerpt(post.body_source, EXCERPT_CHARS);
  }
  const data = JSON.parse(row.data) as { count?: unknown };
  const subject = notificationText[row.kind]({
    actor: row.actor_name,
    thread: row.thread_title,
    count: typeof data.count === "number" ? data.count : 1,
  });
  const link = `${settings.origin}/notifikationer/${row.id}`;
  const unsubscribe = `${settings.origin}/afmeld?t=${await unsubscribeToken(db, outboxRow.member_id, row.kind)}`;
  const text = [
    `${mailCopy.greeting(row.display_name)}`,
    "",
    subject,
    ...(excerpt ? ["", excerpt] : []),
    "",
    `${mailCopy.openLink}: ${link}`,
    "",
    "--",
    mailCopy.whyYouGetThis,
    `${mailCopy.unsubscribe}: ${unsubscribe}`,
  ].join("\n");
  const html = `<!doctype html><html lang="da"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(mailCopy.greeting(row.display_name))}</p>
<p><strong>${escapeHtml(subject)}</strong></p>
${excerpt ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${escapeHtml(excerpt)}</blockquote>` : ""}
<p><a href="${escapeHtml(link)}">${escapeHtml(mailCopy.openLink)}</a></p>
${htmlFooter(mailCopy.whyYouGetThis, [{ href: unsubscribe, label: mailCopy.unsubscribe }])}
</body></html>`;
  return {
    to: row.email,
    from: settings.from,
    subject,
    text,
    html,
    messageId: outboxMessageId(outboxRow.id, settings.origin),
    headers: listMailHeaders(unsubscribe),
  };
}
