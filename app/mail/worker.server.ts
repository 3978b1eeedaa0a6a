import { type DB } from "../db.server";
import { failedAttempt, startPollingWorker } from "../polling-worker.server";
import { composeAccountMail } from "./account-mail.server";
import { composeDigestMail } from "./digest-mail.server";
import { queueDueDigests } from "./digest.server";
import { composeMeetingMail, queueDueMeetingReminders } from "./meeting-mail.server";
import { composeNotificationMail, type MailSettings } from "./notification-mail.server";
import type { MailTransport } from "./transport.server";
import { claimOutboxRow, isPostgres } from "../../db/dialect";

export interface MailDrainResult {
  sent: number;
  skipped: number;
  failed: number;
}

/**
 * Sends the due mails, oldest first. A row is deleted only after the SMTP
 * server accepted its mail (or when there is nothing to send any more); a
 * failure leaves it with a back-off, so nothing is lost while SMTP is down.
 * A crash between acceptance and deletion sends that one mail again, with the
 * same Message-ID: at least once, never silently lost.
 */
export async function drainMailOutbox(
  db: DB,
  transport: MailTransport,
  settings: MailSettings,
  options: { now?: () => Date; batchSize?: number; random?: () => number; digests?: boolean } = {},
): Promise<MailDrainResult> {
  const now = options.now ?? (() => new Date());
  // The scheduled steps: reminders and digests become due by the clock, not by any request.
  await queueDueMeetingReminders(db, now());
  // Opt-in, so a test of another mail is not joined by every member's first digest.
  if (options.digests) await queueDueDigests(db, now());
  const rows = await db
    .selectFrom("mail_outbox")
    .select(["id", "member_id", "kind", "notification_id", "payload", "meeting_id", "attempts"])
    .where("next_attempt_at", "<=", now().toISOString())
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(options.batchSize ?? 20)
    .execute();
  const result: MailDrainResult = { sent: 0, skipped: 0, failed: 0 };
  for (const row of rows) {
    // PostgreSQL: several app servers drain the outbox, so each mail is sent
    // inside a transaction that holds its row (SKIP LOCKED); another server
    // skips it, and a crash before the delete releases it to be sent again.
    if (isPostgres(db))
      await db.transaction().execute(async (tx) => {
        if (await claimOutboxRow(tx, "mail_outbox", row.id)) await sendOne(tx, row);
      });
    else await sendOne(db, row);
  }
  return result;

  async function sendOne(conn: DB, row: (typeof rows)[number]): Promise<void> {
    try {
      const { kind, payload } = row;
      const mail =
        kind === "digest"
          ? await composeDigestMail(db, row, settings, now())
          : payload !== null
            ? composeAccountMail({ id: row.id, payload }, settings)
            : kind === "password_reset" || kind === "invitation"
              ? null
              : kind === "meeting_invitation" || kind === "meeting_reminder"
                ? await composeMeetingMail(db, { ...row, kind }, settings, now())
                : await composeNotificationMail(db, { ...row, kind }, settings);
      if (mail) await transport.send(mail);
      await conn.deleteFrom("mail_outbox").where("id", "=", row.id).execute();
      if (mail) result.sent += 1;
      else result.skipped += 1;
    } catch (error) {
      result.failed += 1;
      await conn
        .updateTable("mail_outbox")
        .set(failedAttempt(row.attempts, error, now(), options.random))
        .where("id", "=", row.id)
        .execute();
    }
  }
}

/** Drains the mail outbox every `intervalMs` in the shared polling loop; the returned function stops it. */
export function startMailWorker(options: {
  db: DB;
  transport: MailTransport;
  settings: MailSettings;
  intervalMs?: number;
  log?: (line: string) => void;
}): () => Promise<void> {
  const log = options.log ?? ((line: string) => console.warn(line));
  let failing = false;
  return startPollingWorker({
    name: "Mail",
    intervalMs: options.intervalMs ?? 5_000,
    log,
    async round() {
      const result = await drainMailOutbox(options.db, options.transport, options.settings, { digests: true });
      if (result.failed > 0 && !failing)
        log(`Mail: ${result.failed} mails kunne ikke sendes; prøver igen med stigende pause.`);
      if (result.failed === 0 && failing && result.sent > 0) log("Mail: sendes igen.");
      failing = result.failed > 0;
    },
  });
}
