import { purgePostItems } from "../render-cache/post-item-cache.server";
import { sql } from "kysely";
import { type DB, writeTransaction } from "../db.server";
import { recordAdminEvent } from "./admin-event.server";
import { containsText } from "./contains-text.server";
import { scrubAuditRecords } from "./audit-scrub.server";
import { purgeFreedPages } from "./purge.server";
import { rewritePosts, rewriteRevisions } from "./redaction-copies.server";
import { redactor } from "./text-redactor";
import { Refusal } from "../refusal";
import { notFound } from "../copy/not-found";
import { textRedacted, threadsDetailsChanged } from "../search/index.server";
import { quoteCopy } from "../copy/everyday";
import { erasureCopy } from "../copy/redaction";
import { memberIdentityColumns } from "./member.server";

/** Everything Tværs holds about a member, for their own download (their right of access). */
export async function exportMemberData(db: DB, memberId: number) {
  const member = await db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .select([
      ...memberIdentityColumns,
      "member.experience_override",
      "member.is_mentor",
      "member.hide_newcomer_track",
      "member.created_at",
      "municipality.name as municipality",
    ])
    .where("member.id", "=", memberId)
    .executeTakeFirstOrThrow();
  const [posts, revisions, flags, helpful, progress, themes, warnings, drafts, bookmarks] = await Promise.all([
    db
      .selectFrom("post")
      .innerJoin("thread", "thread.id", "post.thread_id")
      .select([
        "post.id",
        "post.thread_id",
        "thread.title as thread_title",
        "post.body_source",
        "post.created_at",
        "post.edited_at",
        "post.deleted_at",
      ])
      .where("post.author_id", "=", memberId)
      .orderBy("post.id")
      .execute(),
    db
      .selectFrom("post_revision")
      .innerJoin("post", "post.id", "post_revision.post_id")
      .select(["post_revision.post_id", "post_revision.body_source", "post_revision.title", "post_revision.created_at"])
      .where("post.author_id", "=", memberId)
      .orderBy("post_revision.id")
      .execute(),
    db
      .selectFrom("post_flag")
      .select(["post_id", "reason", "note", "created_at", "resolution"])
      .where("member_id", "=", memberId)
      .orderBy("id")
      .execute(),
    db.selectFrom("helpful_mark").select(["post_id", "created_at"]).where("member_id", "=", memberId).execute(),
    db
      .selectFrom("onboarding_progress")
      .innerJoin("onboarding_step", "onboarding_step.id", "onboarding_progress.step_id")
      .select(["onboarding_step.title", "onboarding_progress.done_at"])
      .where("onboarding_progress.member_id", "=", memberId)
      .execute(),
    db
      .selectFrom("mentor_theme")
      .innerJoin("tag", "tag.id", "mentor_theme.tag_id")
      .select("tag.label")
      .where("mentor_theme.member_id", "=", memberId)
      .execute(),
    db
      .selectFrom("moderator_warning")
      .select(["post_id", "note", "created_at"])
      .where("member_id", "=", memberId)
      .execute(),
    db
      .selectFrom("draft")
      .select(["thread_id", "title", "body", "updated_at"])
      .where("member_id", "=", memberId)
      .orderBy("id")
      .execute(),
    db.selectFrom("bookmark").select(["post_id", "created_at"]).where("member_id", "=", memberId).execute(),
  ]);
  const [sessions, invitations, mentorClaims, signInFailures, adminEvents] = await Promise.all([
    db
      .selectFrom("session")
      .select(["created_at", "expires_at"])
      .where("member_id", "=", memberId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("invitation")
      .select(["email", "role", "created_at", "expires_at", "accepted_at", "revoked_at"])
      .where((eb) =>
        eb.or([
          eb("accepted_member_id", "=", memberId),
          eb(sql<string>`lower(email)`, "=", member.email.toLowerCase()),
        ]),
      )
      .orderBy("id")
      .execute(),
    db.selectFrom("mentor_claim").select(["thread_id", "claimed_at"]).where("member_id", "=", memberId).execute(),
    db
      .selectFrom("sign_in_attempt")
      .select("attempted_at")
      .where(containsText(db, "bucket", member.email))
      .orderBy("attempted_at")
      .execute(),
    // What administrators did to the account (role, municipality, disabling); what the member did as a moderator is the network's record.
    db
      .selectFrom("admin_event")
      .select(["action", "detail", "created_at"])
      .where("target_type", "=", "member")
      .where("target_id", "=", memberId)
      .orderBy("id")
      .execute(),
  ]);
  const [notifications, watchLevels, readPositions, mailOptOuts, digestSetting, digestState] = await Promise.all([
    db
      .selectFrom("notification")
      .leftJoin("thread", "thread.id", "notification.thread_id")
      .select([
        "notification.kind",
        "notification.thread_id",
        "thread.title as thread_title",
        "notification.post_id",
        "notification.data",
        "notification.read_at",
        "notification.created_at",
      ])
      .where("notification.member_id", "=", memberId)
      .orderBy("notification.id")
      .execute(),
    db
      .selectFrom("watch")
      .select(["target_type", "target_id", "level"])
      .where("member_id", "=", memberId)
      .orderBy("target_type")
      .orderBy("target_id")
      .execute(),
    db
      .selectFrom("thread_read")
      .select(["thread_id", "last_read_post_id"])
      .where("member_id", "=", memberId)
      .orderBy("thread_id")
      .execute(),
    db.selectFrom("mail_opt_out").select("kind").where("member_id", "=", memberId).orderBy("kind").execute(),
    db.selectFrom("mail_digest_setting").select("frequency").where("member_id", "=", memberId).executeTakeFirst(),
    db.selectFrom("mail_digest_state").select("last_digest_at").where("member_id", "=", memberId).executeTakeFirst(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      ...member,
      is_mentor: member.is_mentor === 1,
      hide_newcomer_track: member.hide_newcomer_track === 1,
      mentorThemes: themes.map((t) => t.label),
    },
    posts,
    revisions,
    flagsMade: flags,
    helpfulMarks: helpful,
    onboardingProgress: progress,
    warningsReceived: warnings,
    sessions,
    invitations,
    mentorClaims,
    failedSignIns: signInFailures.map((row) => row.attempted_at),
    accountChanges: adminEvents.map((event) => ({
      action: event.action,
      detail: JSON.parse(event.detail) as unknown,
      created_at: event.created_at,
    })),
    drafts,
    bookmarks,
    notifications: notifications.map((row) => ({ ...row, data: JSON.parse(row.data) as unknown })),
    watchLevels,
    readPositions,
    mailSettings: {
      /** The kinds of mail the member turned off ("all" for every kind). */
      optedOut: mailOptOuts.map((row) => row.kind),
      // No row is the default: weekly.
      digest: digestSetting?.frequency ?? "weekly",
      lastDigestAt: digestState?.last_digest_at ?? null,
    },
  };
}

export const ERASED_NAME = erasureCopy.erasedName;

/** The address an erased member's rows carry instead of theirs: unique, and never deliverable. */
export function erasedEmail(memberId: number): string {
  return `slettet-${memberId}@tvaers.invalid`;
}

/**
 * Erases a member: personal fields cleared, sign-in impossible, sessions ended,
 * personal settings removed. Posts stay, shown as written by "Tidligere medlem",
 * so colleagues' replies keep their context. Their name and e-mail also go
 * from every other place that copied them: invitations to their address,
 * sign-in attempt buckets, audit details, and quote headers ("**Navn**
 * skrev:") in any post or revision. What each table keeps is listed in the
 * README (Data rights). `eraseMemberForGood` also purges the file.
 */
export async function eraseMember(tx: DB, input: { memberId: number; actorId: number }): Promise<void> {
  const member = await tx
    .selectFrom("member")
    .select(["id", "role", "email", "display_name"])
    .where("id", "=", input.memberId)
    .executeTakeFirst();
  if (!member) throw new Refusal(notFound.member, { status: 404 });
  const at = new Date().toISOString();
  const email = erasedEmail(member.id);
  // The name is in their post items and in quote headers anywhere: every cached post item goes, now and after the commit.
  purgePostItems({ all: true });
  await tx
    .updateTable("member")
    .set({
      email,
      display_name: ERASED_NAME,
      // The @-handle was made from the name, so it goes too.
      handle: `medlem_${member.id}`,
      profession: "",
      password_hash: null,
      experience_override: null,
      is_mentor: 0,
      hide_newcomer_track: 0,
      role: "member",
      disabled_at: at,
    })
    .where("id", "=", member.id)
    .execute();
  // Warnings received are about the person and shown only to them; flags they made and helpful marks stay as moderation history and counts.
  // Drafts are unsent text: nothing of them stays with colleagues, so they go with the member.
  // Notifications, watch levels, read positions and queued mails are about what the member followed and read.
  for (const table of [
    "session",
    "mentor_theme",
    "onboarding_progress",
    "mentor_claim",
    "moderator_warning",
    "draft",
    "bookmark",
    "notification",
    "watch",
    "thread_read",
    "mail_outbox",
    "mail_opt_out",
    "mail_digest_setting",
    "mail_digest_state",
    "calendar_feed",
    "meeting_attendance",
    "agenda_support",
    "password_reset",
  ] as const) {
    await tx.deleteFrom(table).where("member_id", "=", member.id).execute();
  }
  // A queued reset mail carries the address; the member can no longer sign in anyway.
  await tx.deleteFrom("mail_outbox").where("member_id", "=", member.id).where("kind", "=", "password_reset").execute();
  // An invitation mail still queued is filed under the inviter but carries the invited address.
  await tx
    .deleteFrom("mail_outbox")
    .where(containsText(tx, "payload", member.email))
    .execute();
  const invitations = await tx
    .updateTable("invitation")
    .set({ email })
    .where((eb) =>
      eb.or([eb("accepted_member_id", "=", member.id), eb(sql<string>`lower(email)`, "=", member.email.toLowerCase())]),
    )
    .executeTakeFirst();
  // Whatever shape a bucket has ("account:<email>", or paired with an address), it names the member by address.
  const attempts = await tx
    .deleteFrom("sign_in_attempt")
    .where(containsText(tx, "bucket", member.email))
    .executeTakeFirst();

  const named = member.display_name !== ERASED_NAME && member.display_name.trim().length >= 2;
  let quotes: number[] = [];
  if (named) {
    const header = {
      text: `**${member.display_name}** ${quoteCopy.wrote}:`,
      replacement: `**${ERASED_NAME}** ${quoteCopy.wrote}:`,
    };
    const rewrite = redactor([header]);
    quotes = (await rewritePosts(tx, header.text, rewrite)).postIds;
    await rewriteRevisions(tx, header.text, rewrite);
    await textRedacted(tx, quotes, member.display_name);
  }
  // Meilisearch documents name each thread's authors; re-sent, they say «Tidligere medlem».
  const threads = await tx
    .selectFrom("post")
    .select("thread_id")
    .distinct()
    .where("author_id", "=", member.id)
    .execute();
  await threadsDetailsChanged(
    tx,
    threads.map((row) => row.thread_id),
  );
  const auditRecords = await scrubAuditRecords(
    tx,
    [
      { text: member.email, replacement: email },
      ...(named ? [{ text: member.display_name, replacement: ERASED_NAME, wholeWords: true }] : []),
    ],
    at,
  );
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "member.erased",
    targetType: "member",
    targetId: member.id,
    detail: {
      invitations: Number(invitations.numUpdatedRows),
      signInAttempts: Number(attempts.numDeletedRows),
      quoteHeaders: quotes.length,
      auditRecords,
    },
  });
}

/** Erases in one transaction, then purges the old row from free pages and the WAL; what /admin/medlemmer calls. */
export async function eraseMemberForGood(
  db: DB,
  input: { memberId: number; actorId: number },
): Promise<{ purged: boolean }> {
  await writeTransaction(db, (tx) => eraseMember(tx, input));
  purgePostItems({ all: true });
  return { purged: await purgeFreedPages(db) };
}
