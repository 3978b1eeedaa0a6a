import { sql } from "kysely";
import type { NotificationKind, WatchLevel } from "../../db/schema";
import { type DB, writeTransaction } from "../db.server";
import { MAX_MENTIONS_NOTIFIED, mentionedHandles, quotedAuthorNames } from "./mentions";
import { postVisibleToMembers } from "../models/post-visibility.server";
import { IMMEDIATE_MAIL_KINDS, queueNotificationMails } from "../mail/outbox.server";
import { MUTED, NORMAL, WATCHING } from "./watch.server";
import { announceThreadChange } from "../live/hub.server";
import { openingPostIdOf } from "../models/opening-post.server";
import { claimOutboxRow, jsonCountPlusOne } from "../../db/dialect";
import { failedAttempt } from "../polling-worker.server";

/**
 * The notification worker's half of the outbox: each event in notify_event
 * becomes notifications, and the event row is deleted in the same
 * transaction, so an event is fanned out exactly once however the process
 * stops. Recipients are worked out now, from the database as it is now: a
 * post deleted or hidden before its event is reached notifies no one.
 */

const MAIL_ONLY_WITHIN_MS = 24 * 3_600_000;

type EventRow = {
  id: number;
  kind: string;
  thread_id: number | null;
  post_id: number | null;
  actor_id: number | null;
  data: string;
  created_at: string;
  attempts: number;
};

interface Notice {
  memberId: number;
  kind: NotificationKind;
  threadId: number | null;
  postId: number | null;
  actorId: number | null;
  data?: Record<string, unknown>;
  /** Addressed to the member (a reply to their thread): e-mailed if still unread after the delay. */
  addressed?: boolean;
}

/** Each member's level for a thread, by the rule of effectiveThreadLevel, for everyone who set any level that touches it. */
async function threadLevels(
  tx: DB,
  threadId: number,
  categoryId: number,
): Promise<{ effective: Map<number, WatchLevel>; inherited: Map<number, WatchLevel> }> {
  const rows = await tx
    .selectFrom("watch")
    .select(["member_id", "target_type", "level"])
    .where((eb) =>
      eb.or([
        eb.and([eb("target_type", "=", "thread"), eb("target_id", "=", threadId)]),
        eb.and([eb("target_type", "=", "category"), eb("target_id", "=", categoryId)]),
        eb.and([
          eb("target_type", "=", "tag"),
          eb("target_id", "in", eb.selectFrom("thread_tag").select("tag_id").where("thread_id", "=", threadId)),
        ]),
      ]),
    )
    .execute();
  const own = new Map<number, WatchLevel>();
  const inherited = new Map<number, WatchLevel>();
  for (const row of rows) {
    if (row.target_type === "thread") own.set(row.member_id, row.level);
    else {
      const before = inherited.get(row.member_id);
      inherited.set(
        row.member_id,
        before === MUTED || row.level === MUTED ? MUTED : (Math.max(before ?? NORMAL, row.level) as WatchLevel),
      );
    }
  }
  const effective = new Map(inherited);
  for (const [memberId, level] of own) effective.set(memberId, level);
  return { effective, inherited };
}

async function noticesForPost(tx: DB, event: EventRow): Promise<Notice[]> {
  if (event.post_id === null) return [];
  const post = await tx
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .where("post.id", "=", event.post_id)
    .where(postVisibleToMembers("post"))
    .select([
      "post.id",
      "post.thread_id",
      "post.author_id",
      "post.body_source",
      "thread.track",
      "thread.category_id",
      "thread.author_id as thread_author_id",
      openingPostIdOf("post.thread_id").as("first_post_id"),
    ])
    .executeTakeFirst();
  if (!post) return [];
  const isOpening = post.first_post_id === post.id;
  const levels = await threadLevels(tx, post.thread_id, post.category_id);
  const levelOf = (memberId: number) => levels.effective.get(memberId) ?? NORMAL;
  const kinds = new Map<number, NotificationKind>();
  const offer = (memberId: number, kind: NotificationKind) => {
    if (memberId === post.author_id || kinds.has(memberId) || levelOf(memberId) === MUTED) return;
    kinds.set(memberId, kind);
  };

  const handles = mentionedHandles(post.body_source);
  if (handles.length > 0) {
    const mentioned = await tx
      .selectFrom("member")
      .select(["id", "handle"])
      .where("handle", "in", handles)
      .where("disabled_at", "is", null)
      .execute();
    // The first ten handles written, in the author's order; a storm beyond them notifies no one.
    const byHandle = new Map(mentioned.map((member) => [member.handle, member.id]));
    let notified = 0;
    for (const handle of handles) {
      const memberId = byHandle.get(handle);
      if (memberId === undefined) continue;
      if (notified >= MAX_MENTIONS_NOTIFIED) break;
      notified += 1;
      offer(memberId, "mentioned");
    }
  }
  const names = quotedAuthorNames(post.body_source);
  if (names.length > 0) {
    const quoted = await tx
      .selectFrom("member")
      .select("id")
      .where("display_name", "in", names)
      .where("id", "in", (eb) =>
        eb
          .selectFrom("post")
          .select("post.author_id")
          .where("post.thread_id", "=", post.thread_id)
          .where("post.id", "<", post.id),
      )
      .execute();
    for (const member of quoted) offer(member.id, "quoted");
  }
  if (isOpening) {
    // A new thread is news to those watching its category or tags.
    for (const [memberId, level] of levels.inherited) if (level === WATCHING) offer(memberId, "new_thread");
    if (post.track === "newcomer") {
      const mentors = await tx
        .selectFrom("mentor_theme")
        .innerJoin("member", "member.id", "mentor_theme.member_id")
        .where("member.is_mentor", "=", 1)
        .where("member.disabled_at", "is", null)
        .where("mentor_theme.tag_id", "in", (eb) =>
          eb.selectFrom("thread_tag").select("tag_id").where("thread_id", "=", post.thread_id),
        )
        .select("member.id")
        .distinct()
        .execute();
      for (const mentor of mentors) offer(mentor.id, "newcomer_question");
    }
  } else {
    for (const [memberId, level] of levels.effective) if (level === WATCHING) offer(memberId, "reply");
  }
  return [...kinds].map(([memberId, kind]) => ({
    memberId,
    kind,
    threadId: post.thread_id,
    postId: post.id,
    actorId: post.author_id,
    addressed: kind !== "reply" || memberId === post.thread_author_id,
  }));
}

/** The author of a post, when the post is still visible to members. */
async function visiblePostAuthor(tx: DB, postId: number | null) {
  if (postId === null) return undefined;
  return tx
    .selectFrom("post")
    .select(["post.id", "post.author_id", "post.thread_id"])
    .where("post.id", "=", postId)
    .where(postVisibleToMembers("post"))
    .executeTakeFirst();
}

async function noticesFor(tx: DB, event: EventRow): Promise<Notice[]> {
  const data = JSON.parse(event.data) as Record<string, unknown>;
  const base = { threadId: event.thread_id, postId: event.post_id, actorId: event.actor_id };
  switch (event.kind) {
    case "post_created":
      return noticesForPost(tx, event);
    case "solution":
    case "helpful": {
      const post = await visiblePostAuthor(tx, event.post_id);
      if (!post || post.author_id === event.actor_id) return [];
      return [{ ...base, threadId: post.thread_id, memberId: post.author_id, kind: event.kind }];
    }
    case "claim": {
      const thread = await tx
        .selectFrom("thread")
        .select("author_id")
        .where("id", "=", event.thread_id ?? 0)
        .executeTakeFirst();
      if (!thread || thread.author_id === event.actor_id) return [];
      return [{ ...base, memberId: thread.author_id, kind: "claim" }];
    }
    case "moderation": {
      // Moderators act on the post's author or the flaggers; the moderator's name is never shown.
      const recipients = Array.isArray(data.memberIds)
        ? data.memberIds.filter((id): id is number => typeof id === "number")
        : [];
      const kind = data.action as NotificationKind;
      return recipients
        .filter((id) => id !== event.actor_id)
        .map((memberId) => ({ ...base, actorId: null, memberId, kind }));
    }
    case "article_published": {
      // Told to members who watch one of the article's themes, if it is still published when the worker gets to it.
      const articleId = typeof data.articleId === "number" ? data.articleId : 0;
      const article = await tx
        .selectFrom("knowledge_article")
        .select(["id", "slug", "title"])
        .where("id", "=", articleId)
        .where("status", "=", "published")
        .executeTakeFirst();
      if (!article) return [];
      const watchers = await tx
        .selectFrom("watch")
        .where("target_type", "=", "tag")
        .where("level", "=", WATCHING)
        .where("target_id", "in", (eb) =>
          eb.selectFrom("article_tag").select("tag_id").where("article_id", "=", article.id),
        )
        .select("member_id")
        .distinct()
        .execute();
      return watchers
        .filter((row) => row.member_id !== event.actor_id)
        .map((row) => ({
          ...base,
          memberId: row.member_id,
          kind: "article_published" as const,
          data: { articleId: article.id, slug: article.slug, title: article.title },
        }));
    }
    case "invitation_accepted": {
      const recipients = Array.isArray(data.memberIds)
        ? data.memberIds.filter((id): id is number => typeof id === "number")
        : [];
      return recipients.map((memberId) => ({ ...base, memberId, kind: "invitation_accepted" as const }));
    }
    default:
      return [];
  }
}

async function insertNotices(tx: DB, notices: Notice[], at: string): Promise<void> {
  const mailable: { notificationId: number; memberId: number; kind: NotificationKind }[] = [];
  for (const notice of notices) {
    if (notice.kind === "helpful") {
      // Grouped while unread: the unread row's count goes up instead of a second row.
      await sql`insert into notification (member_id, kind, thread_id, post_id, actor_id, data, group_key, created_at)
                values (${notice.memberId}, 'helpful', ${notice.threadId}, ${notice.postId}, ${notice.actorId}, '{"count":1}', ${`helpful:${notice.postId}`}, ${at})
                on conflict (member_id, group_key) where read_at is null and group_key is not null
                do update set data = ${jsonCountPlusOne(tx, "notification.data", "count")}, actor_id = excluded.actor_id, created_at = excluded.created_at`.execute(
        tx,
      );
    }
  }
  const plain = notices.filter((notice) => notice.kind !== "helpful");
  for (let i = 0; i < plain.length; i += 200) {
    const chunk = plain.slice(i, i + 200);
    const inserted = await tx
      .insertInto("notification")
      .values(
        chunk.map((notice) => ({
          member_id: notice.memberId,
          kind: notice.kind,
          thread_id: notice.threadId,
          post_id: notice.postId,
          actor_id: notice.actorId,
          data: JSON.stringify(notice.data ?? {}),
          created_at: at,
        })),
      )
      .returning("id")
      .execute();
    inserted.forEach((row, index) => {
      const notice = chunk[index];
      if (notice && IMMEDIATE_MAIL_KINDS.has(notice.kind) && (notice.kind !== "reply" || notice.addressed)) {
        mailable.push({ notificationId: row.id, memberId: notice.memberId, kind: notice.kind });
      }
    });
  }
  // Old news is not mailed: an event from more than a day ago (a backlog after downtime, the demo seed) only notifies on the site.
  if (Date.parse(at) > Date.now() - MAIL_ONLY_WITHIN_MS) await queueNotificationMails(tx, mailable, at);
}

export interface FanOutResult {
  events: number;
  notifications: number;
  failed: number;
}

/** Fans out due events, oldest first, each in its own transaction with its deletion. */
export async function drainNotifyEvents(
  db: DB,
  options: { now?: () => Date; batchSize?: number; random?: () => number } = {},
): Promise<FanOutResult> {
  const now = options.now ?? (() => new Date());
  const rows = await db
    .selectFrom("notify_event")
    .select(["id", "kind", "thread_id", "post_id", "actor_id", "data", "created_at", "attempts"])
    .where("next_attempt_at", "<=", now().toISOString())
    .orderBy("id")
    .limit(options.batchSize ?? 100)
    .execute();
  const result: FanOutResult = { events: 0, notifications: 0, failed: 0 };
  for (const row of rows) {
    try {
      const count = await writeTransaction(db, async (tx) => {
        // Another app server may have taken (or finished) this event since it was read.
        if (!(await claimOutboxRow(tx, "notify_event", row.id))) return null;
        const notices = await noticesFor(tx, row);
        await insertNotices(tx, notices, row.created_at);
        await tx.deleteFrom("notify_event").where("id", "=", row.id).execute();
        return notices.length;
      });
      if (count === null) continue;
      // After the commit: open thread pages look for replies they may now show.
      if (row.thread_id !== null) announceThreadChange(row.thread_id);
      result.events += 1;
      result.notifications += count;
    } catch (error) {
      result.failed += 1;
      await db
        .updateTable("notify_event")
        .set(failedAttempt(row.attempts, error, now(), options.random))
        .where("id", "=", row.id)
        .execute();
    }
  }
  return result;
}

/** For /healthz: events not yet turned into notifications, and how many have failed at least once. */
export async function notifyEventBacklog(db: DB): Promise<{ pending: number; retrying: number }> {
  const row = await db
    .selectFrom("notify_event")
    .select((eb) => [
      eb.fn.countAll<number>().as("pending"),
      eb.fn.sum<number | null>(sql<number>`case when attempts > 0 then 1 else 0 end`).as("retrying"),
    ])
    .executeTakeFirst();
  return { pending: Number(row?.pending ?? 0), retrying: Number(row?.retrying ?? 0) };
}
