import { mailCopy } from "../copy/mail";
import { formatClock, formatMeetingTime } from "../copy/meeting-dates";
import { meetingMailCopy } from "../copy/meeting-mail";
import type { DB } from "../db.server";
import { meetingsCalendar } from "../models/calendar.server";
import { calendarMeetingColumns } from "../models/meeting-columns";
import type { MailSettings } from "./notification-mail.server";
import type { OutgoingMail } from "./transport.server";
import { unsubscribeToken } from "./unsubscribe-token.server";
import { escapeHtml, htmlFooter, listMailHeaders, outboxMessageId } from "./mail-parts.server";
import { hasOptedOut } from "./mail-settings.server";

export type MeetingMailKind = "meeting_invitation" | "meeting_reminder";

/** A reminder goes out once the meeting is this close. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/**
 * Queues an invitation to every active member; call in the transaction that
 * publishes the agenda. Invitations of an earlier publication not yet sent are
 * replaced, so a quick correction does not mail everyone twice.
 */
export async function queueMeetingInvitations(tx: DB, meetingId: number, now: Date): Promise<void> {
  await tx
    .deleteFrom("mail_outbox")
    .where("meeting_id", "=", meetingId)
    .where("kind", "=", "meeting_invitation")
    .where("attempts", "=", 0)
    .execute();
  await queueForMembers(tx, meetingId, "meeting_invitation", now, { skipAbsent: false });
}

async function queueForMembers(
  tx: DB,
  meetingId: number,
  kind: MeetingMailKind,
  now: Date,
  options: { skipAbsent: boolean },
): Promise<void> {
  const at = now.toISOString();
  let members = tx.selectFrom("member").select(["member.id"]).where("member.disabled_at", "is", null);
  // Whoever answered "Kan ikke" needs no reminder.
  if (options.skipAbsent) {
    members = members.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("meeting_attendance")
            .select("meeting_attendance.member_id")
            .whereRef("meeting_attendance.member_id", "=", "member.id")
            .where("meeting_attendance.meeting_id", "=", meetingId)
            .where("meeting_attendance.answer", "=", "absent"),
        ),
      ),
    );
  }
  const ids = (await members.execute()).map((row) => row.id);
  for (let i = 0; i < ids.length; i += 200) {
    await tx
      .insertInto("mail_outbox")
      .values(
        ids.slice(i, i + 200).map((memberId) => ({
          member_id: memberId,
          kind,
          meeting_id: meetingId,
          notification_id: null,
          created_at: at,
          next_attempt_at: at,
        })),
      )
      .execute();
  }
}

/**
 * The scheduled step of the mail worker: queues the reminders of published
 * meetings that begin within a day and have not been reminded, marking each
 * meeting in the same transaction so it is reminded once.
 */
export async function queueDueMeetingReminders(db: DB, now: Date): Promise<number> {
  const at = now.toISOString();
  const due = await db
    .selectFrom("meeting")
    .select("id")
    .where("agenda_published_at", "is not", null)
    .where("reminder_queued_at", "is", null)
    .where("starts_at", ">", at)
    .where("starts_at", "<=", new Date(now.getTime() + REMINDER_LEAD_MS).toISOString())
    .execute();
  let queued = 0;
  for (const { id } of due) {
    await db.transaction().execute(async (tx) => {
      const claimed = await tx
        .updateTable("meeting")
        .set({ reminder_queued_at: at })
        .where("id", "=", id)
        .where("reminder_queued_at", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return;
      await queueForMembers(tx, id, "meeting_reminder", now, { skipAbsent: true });
      queued += 1;
    });
  }
  return queued;
}

/**
 * The invitation or reminder for one queued row, composed from the meeting as
 * it is now, with the meeting's .ics (METHOD:REQUEST) attached; null when it
 * should not be sent: the member gone or opted out, the meeting begun or its
 * agenda withdrawn.
 */
export async function composeMeetingMail(
  db: DB,
  outboxRow: { id: number; member_id: number; kind: MeetingMailKind; meeting_id: number | null },
  settings: MailSettings,
  now: Date,
): Promise<OutgoingMail | null> {
  if (outboxRow.meeting_id === null) return null;
  const member = await db
    .selectFrom("member")
    .select(["email", "display_name", "disabled_at"])
    .where("id", "=", outboxRow.member_id)
    .executeTakeFirst();
  if (!member || member.disabled_at !== null || !member.email) return null;
  if (await hasOptedOut(db, outboxRow.member_id, outboxRow.kind)) return null;
  const meeting = await db
    .selectFrom("meeting")
    .leftJoin("municipality", "municipality.id", "meeting.host_municipality_id")
    .select([...calendarMeetingColumns, "meeting.agenda_published_at"])
    .where("meeting.id", "=", outboxRow.meeting_id)
    .executeTakeFirst();
  if (!meeting || meeting.agenda_published_at === null || meeting.starts_at <= now.toISOString()) return null;
  const items = await db
    .selectFrom("agenda_item")
    .select(["title", "duration_minutes"])
    .where("meeting_id", "=", meeting.id)
    .where("status", "=", "accepted")
    .orderBy("position")
    .orderBy("id")
    .execute();
  let clock = Date.parse(meeting.starts_at);
  const agenda = items.map((item) => {
    const line = `${formatClock(new Date(clock).toISOString())}  ${item.title}`;
    clock += (item.duration_minutes ?? 0) * 60_000;
    return line;
  });

  const reminder = outboxRow.kind === "meeting_reminder";
  const subject = reminder
    ? meetingMailCopy.reminderSubject(meeting.title)
    : meeting.ics_sequence > 1
      ? meetingMailCopy.updatedInvitationSubject(meeting.title)
      : meetingMailCopy.invitationSubject(meeting.title);
  const link = `${settings.origin}/moeder/${meeting.id}`;
  const unsubscribe = `${settings.origin}/afmeld?t=${await unsubscribeToken(db, outboxRow.member_id, outboxRow.kind)}`;
  const facts: [string, string][] = [
    [meetingMailCopy.when, formatMeetingTime(meeting.starts_at, meeting.ends_at)],
    ...(meeting.place ? [[meetingMailCopy.where, meeting.place] as [string, string]] : []),
    ...(meeting.online_url ? [[meetingMailCopy.online, meeting.online_url] as [string, string]] : []),
  ];
  const intro = reminder ? meetingMailCopy.reminderIntro : meetingMailCopy.invitationIntro;
  const why = reminder ? meetingMailCopy.whyReminder : meetingMailCopy.whyInvitation;
  const text = [
    mailCopy.greeting(member.display_name),
    "",
    intro,
    "",
    meeting.title,
    ...facts.map(([label, value]) => `${label}: ${value}`),
    "",
    `${meetingMailCopy.agenda}:`,
    ...agenda,
    "",
    `${meetingMailCopy.answerLink}: ${link}`,
    "",
    "--",
    why,
    `${mailCopy.unsubscribe}: ${unsubscribe}`,
  ].join("\n");
  const html = `<!doctype html><html lang="da"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(mailCopy.greeting(member.display_name))}</p>
<p>${escapeHtml(intro)}</p>
<h1 style="font-size:1.3em">${escapeHtml(meeting.title)}</h1>
<p>${facts.map(([label, value]) => `<strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}`).join("<br>")}</p>
<h2 style="font-size:1.1em">${escapeHtml(meetingMailCopy.agenda)}</h2>
<ol>${agenda.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ol>
<p><a href="${escapeHtml(link)}">${escapeHtml(meetingMailCopy.answerLink)}</a></p>
${htmlFooter(why, [{ href: unsubscribe, label: mailCopy.unsubscribe }])}
</body></html>`;
  const ics = meetingsCalendar([meeting], { origin: settings.origin, name: meeting.title, method: "request" });
  return {
    to: member.email,
    from: settings.from,
    subject,
    text,
    html,
    messageId: outboxMessageId(outboxRow.id, settings.origin),
    headers: listMailHeaders(unsubscribe),
    attachments: [
      {
        filename: meetingMailCopy.attachmentName,
        content: ics,
        contentType: "text/calendar; charset=utf-8; method=REQUEST",
      },
    ],
  };
}
