import { digestCopy } from "../copy/digest";
import { mailCopy } from "../copy/mail";
import { formatMeetingTime } from "../copy/meeting-dates";
import { meetingCopy } from "../copy/meetings";
import type { DB } from "../db.server";
import { postVisibleToMembers } from "../models/post-visibility.server";
import { threadPath } from "../models/thread-path";
import type { DigestPayload, DigestSection } from "./digest.server";
import type { MailSettings } from "./notification-mail.server";
import type { OutgoingMail } from "./transport.server";
import { unsubscribeToken } from "./unsubscribe-token.server";
import { escapeHtml, htmlFooter, listMailHeaders, mailExcerpt, outboxMessageId } from "./mail-parts.server";
import { openingPostIdOf } from "../models/opening-post.server";
import { meetingWhenAndWhereColumns } from "../models/meeting-columns";

const EXCERPT_CHARS = 200;

interface DigestEntry {
  title: string;
  link: string;
  excerpt: string | null;
}

interface DigestBlock {
  heading: string;
  entries: DigestEntry[];
  more: number;
  /** Extra lines under the entries (the meeting's facts). */
  lines?: string[];
}

/** The threads of a section as they are now: only those whose opening post members may still read, in the queued order. */
async function threadEntries(db: DB, section: DigestSection, settings: MailSettings): Promise<DigestEntry[]> {
  if (section.ids.length === 0) return [];
  const rows = await db
    .selectFrom("thread")
    .innerJoin("post as op", "op.thread_id", "thread.id")
    .select(["thread.id", "thread.slug", "thread.title", "op.body_source"])
    .where("thread.id", "in", section.ids)
    .where("op.id", "=", openingPostIdOf("thread.id"))
    .where(postVisibleToMembers("op"))
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return section.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        title: row.title,
        link: `${settings.origin}${threadPath(row)}`,
        excerpt: settings.excerpts ? mailExcerpt(row.body_source, EXCERPT_CHARS) : null,
      },
    ];
  });
}

async function articleEntries(db: DB, section: DigestSection, settings: MailSettings): Promise<DigestEntry[]> {
  if (section.ids.length === 0) return [];
  const rows = await db
    .selectFrom("knowledge_article")
    .select(["id", "slug", "title", "summary_source"])
    .where("id", "in", section.ids)
    .where("status", "=", "published")
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return section.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        title: row.title,
        link: `${settings.origin}/vidensbank/${row.slug}`,
        excerpt: settings.excerpts ? mailExcerpt(row.summary_source, EXCERPT_CHARS) : null,
      },
    ];
  });
}

/** The next meeting with the member's own answer, as it is now; null when it has begun or is gone. */
async function meetingBlock(
  db: DB,
  meetingId: number | null,
  memberId: number,
  settings: MailSettings,
  now: Date,
): Promise<DigestBlock | null> {
  if (meetingId === null) return null;
  const meeting = await db
    .selectFrom("meeting")
    .leftJoin("meeting_attendance as answer", (join) =>
      join.onRef("answer.meeting_id", "=", "meeting.id").on("answer.member_id", "=", memberId),
    )
    .select([...meetingWhenAndWhereColumns, "answer.answer"])
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting || meeting.starts_at <= now.toISOString()) return null;
  const link = `${settings.origin}/moeder/${meeting.id}`;
  return {
    heading: digestCopy.nextMeeting,
    entries: [{ title: meeting.title, link, excerpt: null }],
    more: 0,
    lines: [
      `${digestCopy.when}: ${formatMeetingTime(meeting.starts_at, meeting.ends_at)}`,
      ...(meeting.place ? [`${digestCopy.where}: ${meeting.place}`] : []),
      ...(meeting.online_url ? [`${digestCopy.online}: ${meeting.online_url}`] : []),
      meeting.answer
        ? digestCopy.yourAnswer(meetingCopy.answers[meeting.answer])
        : `${digestCopy.noAnswer} ${digestCopy.answerLink}: ${link}`,
    ],
  };
}

/**
 * The digest mail for one queued row, composed now from the database as it is
 * now; null when it should not be sent: the member gone, the digest turned off
 * since it was queued, or nothing left to show (all of it hidden meanwhile).
 */
export async function composeDigestMail(
  db: DB,
  outboxRow: { id: number; member_id: number; payload: string | null },
  settings: MailSettings,
  now: Date,
): Promise<OutgoingMail | null> {
  if (outboxRow.payload === null) return null;
  const digest = JSON.parse(outboxRow.payload) as DigestPayload;
  const member = await db
    .selectFrom("member")
    .leftJoin("mail_digest_setting as setting", "setting.member_id", "member.id")
    .select(["member.email", "member.display_name", "member.disabled_at", "setting.frequency"])
    .where("member.id", "=", outboxRow.member_id)
    .executeTakeFirst();
  if (!member || member.disabled_at !== null || !member.email || member.frequency === "never") return null;
  const [trackThreads, watchedThreads, unanswered, articles, meeting] = await Promise.all([
    threadEntries(db, digest.trackThreads, settings),
    threadEntries(db, digest.watchedThreads, settings),
    threadEntries(db, digest.unanswered, settings),
    articleEntries(db, digest.articles, settings),
    meetingBlock(db, digest.meetingId, outboxRow.member_id, settings, now),
  ]);
  const blocks: DigestBlock[] = [
    { heading: digestCopy.trackThreads, entries: trackThreads, more: digest.trackThreads.more },
    { heading: digestCopy.watchedThreads, entries: watchedThreads, more: digest.watchedThreads.more },
    { heading: digestCopy.unansweredQuestions, entries: unanswered, more: digest.unanswered.more },
    { heading: digestCopy.newArticles, entries: articles, more: digest.articles.more },
    ...(meeting ? [meeting] : []),
  ].filter((block) => block.entries.length > 0);
  if (blocks.length === 0) return null;

  const subject = digestCopy.subject(digest.frequency);
  const unsubscribe = `${settings.origin}/afmeld?t=${await unsubscribeToken(db, outboxRow.member_id, "digest")}`;
  const settingsLink = `${settings.origin}/profil/mail`;
  const why = digestCopy.whyYouGetThis(digest.frequency);
  const text = [
    mailCopy.greeting(member.display_name),
    "",
    digestCopy.intro(digest.frequency),
    ...blocks.flatMap((block) => [
      "",
      block.heading.toUpperCase(),
      ...block.entries.flatMap((entry) => [
        "",
        `* ${entry.title}`,
        ...(entry.excerpt ? [`  ${entry.excerpt}`] : []),
        `  ${entry.link}`,
      ]),
      ...(block.lines ?? []).map((line) => `  ${line}`),
      ...(block.more > 0 ? ["", digestCopy.more(block.more)] : []),
    ]),
    "",
    "--",
    why,
    `${digestCopy.settingsLink}: ${settingsLink}`,
    `${digestCopy.unsubscribe}: ${unsubscribe}`,
  ].join("\n");
  const html = `<!doctype html><html lang="da"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(mailCopy.greeting(member.display_name))}</p>
<p>${escapeHtml(digestCopy.intro(digest.frequency))}</p>
${blocks
  .map(
    (block) => `<h2 style="font-size:1.1em">${escapeHtml(block.heading)}</h2>
<ul>${block.entries
      .map(
        (entry) =>
          `<li><a href="${escapeHtml(entry.link)}">${escapeHtml(entry.title)}</a>${entry.excerpt ? `<br><span style="color:#444">${escapeHtml(entry.excerpt)}</span>` : ""}</li>`,
      )
      .join(
        "",
      )}</ul>${block.lines ? `<p>${block.lines.map(escapeHtml).join("<br>")}</p>` : ""}${block.more > 0 ? `<p>${escapeHtml(digestCopy.more(block.more))}</p>` : ""}`,
  )
  .join("\n")}
${htmlFooter(why, [
  { href: settingsLink, label: digestCopy.settingsLink },
  { href: unsubscribe, label: digestCopy.unsubscribe },
])}
</body></html>`;
  return {
    to: member.email,
    from: settings.from,
    subject,
    text,
    html,
    messageId: outboxMessageId(outboxRow.id, settings.origin),
    headers: listMailHeaders(unsubscribe),
  };
}
