import type { AccountMailKind } from "../../db/schema";
import { accountMailCopy } from "../copy/account-mail";
import { formatLongDate } from "../copy/dates";
import { mailCopy } from "../copy/mail";
import type { DB } from "../db.server";
import type { MailSettings } from "./notification-mail.server";
import type { OutgoingMail } from "./transport.server";
import { escapeHtml, outboxMessageId } from "./mail-parts.server";

/** What an account mail needs, fixed when it is queued (the link's path carries the single-use token). */
export type AccountMailPayload =
  | { kind: "password_reset"; to: string; name: string; path: string }
  | { kind: "invitation"; to: string; path: string; inviter: string; municipality: string; expiresAt: string };

export const ACCOUNT_MAIL_KINDS = new Set<string>(["password_reset", "invitation"] satisfies AccountMailKind[]);

/**
 * Queues an account mail in the caller's transaction, due at once. `memberId`
 * is the member it concerns (for an invitation: the inviter, as the invited
 * person is not a member yet).
 */
export async function queueAccountMail(
  tx: DB,
  memberId: number,
  payload: AccountMailPayload,
  now = new Date(),
): Promise<void> {
  await tx
    .insertInto("mail_outbox")
    .values({
      member_id: memberId,
      kind: payload.kind,
      notification_id: null,
      payload: JSON.stringify(payload),
      created_at: now.toISOString(),
      next_attempt_at: now.toISOString(),
    })
    .execute();
}

function lines(payload: AccountMailPayload): { subject: string; greeting: string; body: string[]; linkLabel: string } {
  if (payload.kind === "password_reset") {
    return {
      subject: accountMailCopy.resetSubject,
      greeting: mailCopy.greeting(payload.name),
      body: [accountMailCopy.resetBody, accountMailCopy.resetIgnore],
      linkLabel: accountMailCopy.resetLinkLabel,
    };
  }
  return {
    subject: accountMailCopy.invitationSubject,
    greeting: accountMailCopy.greetingPlain,
    body: [
      accountMailCopy.invitationBody(payload.inviter, payload.municipality),
      accountMailCopy.invitationValidUntil(formatLongDate(payload.expiresAt)),
    ],
    linkLabel: accountMailCopy.invitationLinkLabel,
  };
}

/** The mail for a queued account mail; no unsubscribe link, as a member cannot opt out of their own way in. */
export function composeAccountMail(outboxRow: { id: number; payload: string }, settings: MailSettings): OutgoingMail {
  const payload = JSON.parse(outboxRow.payload) as AccountMailPayload;
  const { subject, greeting, body, linkLabel } = lines(payload);
  const link = `${settings.origin}${payload.path}`;
  const text = [
    greeting,
    "",
    ...body.flatMap((line) => [line, ""]),
    `${linkLabel}: ${link}`,
    "",
    "--",
    accountMailCopy.accountFooter,
  ].join("\n");
  const html = `<!doctype html><html lang="da"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${body.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n")}
<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>
<hr><p style="font-size:0.85em;color:#555">${escapeHtml(accountMailCopy.accountFooter)}</p>
</body></html>`;
  return {
    to: payload.to,
    from: settings.from,
    subject,
    text,
    html,
    messageId: outboxMessageId(outboxRow.id, settings.origin),
    headers: { "Auto-Submitted": "auto-generated" },
  };
}
