import { sql } from "kysely";
import type { DigestFrequency, Experience, Track } from "../../db/schema";
import { type DB, writeTransaction } from "../db.server";
import { memberExperience } from "../models/experience";
import { unansweredThread } from "../models/mentoring.server";
import { postVisibleToMembers } from "../models/post-visibility.server";
import { tracksToList } from "../models/track-visibility";
import { MUTED, TRACKING } from "../notifications/watch.server";
import { openingPostIdOf } from "../models/opening-post.server";

export const DIGEST_PERIOD_MS: Record<Exclude<DigestFrequency, "never">, number> = {
  daily: 24 * 3_600_000,
  weekly: 7 * 24 * 3_600_000,
};
/** Members handled per transaction: short write locks, and the same few query plans for every batch. */
export const DIGEST_BATCH = 500;
/** Items per section in one digest; the rest is "… og N flere". */
export const DIGEST_SECTION_LIMIT = 10;
/** The next network meeting is in the digest when it begins within this time. */
export const DIGEST_MEETING_HORIZON_MS = 31 * 24 * 3_600_000;

export interface DigestSection {
  ids: number[];
  /** How many more there were than `ids` holds. */
  more: number;
}

/** What one queued digest covers; stored in the outbox row, composed into a mail when sent (app/mail/digest-mail.server.ts). */
export interface DigestPayload {
  kind: "digest";
  frequency: "daily" | "weekly";
  since: string;
  until: string;
  trackThreads: DigestSection;
  watchedThreads: DigestSection;
  unanswered: DigestSection;
  articles: DigestSection;
  meetingId: number | null;
}

interface DueMember {
  id: number;
  frequency: "daily" | "weekly";
  since: string;
  isMentor: boolean;
  experience: Experience;
  hideNewcomerTrack: boolean;
}

interface NewThread {
  id: number;
  createdAt: string;
  authorId: number;
  categoryId: number;
  track: Track;
  tagIds: number[];
}

/** The SQL for a thread whose opening post members may read: a thread whose first post is hidden or deleted is in no digest. */
const openingPostVisible = sql<boolean>`exists (select 1 from post op where op.id = ${openingPostIdOf("thread.id")} and ${postVisibleToMembers("op")})`;

async function dueMembers(tx: DB, now: Date, afterId: number, limit = DIGEST_BATCH): Promise<DueMember[]> {
  const dayAgo = new Date(now.getTime() - DIGEST_PERIOD_MS.daily).toISOString();
  const weekAgo = new Date(now.getTime() - DIGEST_PERIOD_MS.weekly).toISOString();
  const rows = await tx
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .leftJoin("mail_digest_setting as setting", "setting.member_id", "member.id")
    .leftJoin("mail_digest_state as state", "state.member_id", "member.id")
    .select([
      "member.id",
      "member.is_mentor",
      "member.hide_newcomer_track",
      "member.experience_override",
      "municipality.joined_on",
      "municipality.experience_override as municipality_override",
      "setting.frequency",
      "state.last_digest_at",
    ])
    .where("member.disabled_at", "is", null)
    .where("member.email", "!=", "")
    .where("member.id", ">", afterId)
    // "all" turns every mail off, as it does for notification and meeting mails.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("mail_opt_out")
            .select("mail_opt_out.member_id")
            .whereRef("mail_opt_out.member_id", "=", "member.id")
            .where("mail_opt_out.kind", "=", "all"),
        ),
      ),
    )
    .where((eb) =>
      eb.or([
        eb.and([
          eb.or([eb("setting.frequency", "is", null), eb("setting.frequency", "=", "weekly")]),
          eb.or([eb("state.last_digest_at", "is", null), eb("state.last_digest_at", "<=", weekAgo)]),
        ]),
        eb.and([
          eb("setting.frequency", "=", "daily"),
          eb.or([eb("state.last_digest_at", "is", null), eb("state.last_digest_at", "<=", dayAgo)]),
        ]),
      ]),
    )
    .orderBy("member.id")
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const frequency = row.frequency === "daily" ? "daily" : "weekly";
    return {
      id: row.id,
      frequency,
      // A member's first digest covers one period back, not the forum's whole history.
      since: row.last_digest_at ?? (frequency === "daily" ? dayAgo : weekAgo),
      isMentor: row.is_mentor === 1,
      hideNewcomerTrack: row.hide_newcomer_track === 1,
      experience: memberExperience(
        { experience_override: row.experience_override },
        { joined_on: row.joined_on, experience_override: row.municipality_override },
        now,
      ),
    };
  });
}

/** Section query: threads started in the window of any member of the batch, with their tags. */
async function newThreadsSince(tx: DB, since: string, until: string): Promise<NewThread[]> {
  const rows = await tx
    .selectFrom("thread")
    .leftJoin("thread_tag", "thread_tag.thread_id", "thread.id")
    .select([
      "thread.id",
      "thread.created_at",
      "thread.author_id",
      "thread.category_id",
      "thread.track",
      "thread_tag.tag_id",
    ])
    .where("thread.created_at", ">", since)
    .where("thread.created_at", "<=", until)
    .where(openingPostVisible)
    .orderBy("thread.created_at", "desc")
    .orderBy("thread.id", "desc")
    .execute();
  return groupThreads(rows);
}

function groupThreads(
  rows: {
    id: number;
    created_at: string;
    author_id: number;
    category_id: number;
    track: Track;
    tag_id: number | null;
  }[],
): NewThread[] {
  const byId = new Map<number, NewThread>();
  for (const row of rows) {
    let thread = byId.get(row.id);
    if (!thread) {
      thread = {
        id: row.id,
        createdAt: row.created_at,
        authorId: row.author_id,
        categoryId: row.category_id,
        track: row.track,
        tagIds: [],
      };
      byId.set(row.id, thread);
    }
    if (row.tag_id !== null) thread.tagIds.push(row.tag_id);
  }
  return [...byId.values()];
}

/** Section query: the batch's watch levels that matter here (muted or followed categories and tags, and own levels for the new threads). */
async function watchLevels(tx: DB, memberIds: number[], threadIds: number[]) {
  const rows = await tx
    .selectFrom("watch")
    .select(["member_id", "target_type", "target_id", "level"])
    .where("member_id", "in", memberIds)
    .where((eb) =>
      eb.or([
        eb("target_type", "in", ["category", "tag"]),
        ...(threadIds.length > 0 ? [eb.and([eb("target_type", "=", "thread"), eb("target_id", "in", threadIds)])] : []),
      ]),
    )
    .execute();
  const byMember = new Map<number, Map<string, number>>();
  for (const row of rows) {
    let levels = byMember.get(row.member_id);
    if (!levels) byMember.set(row.member_id, (levels = new Map()));
    levels.set(`${row.target_type}:${row.target_id}`, row.level);
  }
  return byMember;
}

/** Section query: unanswered newcomer questions in the themes of the batch's mentors, newest first. */
async function unansweredByMentor(
  tx: DB,
  mentorIds: number[],
): Promise<Map<number, { id: number; authorId: number }[]>> {
  const result = new Map<number, { id: number; authorId: number }[]>();
  if (mentorIds.length === 0) return result;
  const rows = await tx
    .selectFrom("mentor_theme")
    .innerJoin("thread_tag", "thread_tag.tag_id", "mentor_theme.tag_id")
    .innerJoin("thread", "thread.id", "thread_tag.thread_id")
    // created_at is selected for the ordering: PostgreSQL sorts a DISTINCT only by what it selects.
    .select(["mentor_theme.member_id", "thread.id", "thread.author_id", "thread.created_at"])
    .distinct()
    .where("mentor_theme.member_id", "in", mentorIds)
    .where("thread.track", "=", "newcomer")
    .where((eb) => unansweredThread(eb))
    .where(openingPostVisible)
    .orderBy("mentor_theme.member_id")
    .orderBy("thread.created_at", "desc")
    .orderBy("thread.id", "desc")
    .execute();
  for (const row of rows) {
    const list = result.get(row.member_id) ?? [];
    list.push({ id: row.id, authorId: row.author_id });
    result.set(row.member_id, list);
  }
  return result;
}

function section(ids: number[]): DigestSection {
  return { ids: ids.slice(0, DIGEST_SECTION_LIMIT), more: Math.max(0, ids.length - DIGEST_SECTION_LIMIT) };
}

/** Lydløs: the thread's own level, or else a muted category or tag; as the thread lists decide it. */
function isMuted(levels: Map<string, number> | undefined, thread: NewThread): boolean {
  if (!levels) return false;
  const own = levels.get(`thread:${thread.id}`);
  if (own !== undefined) return own === MUTED;
  if (levels.get(`category:${thread.categoryId}`) === MUTED) return true;
  return thread.tagIds.some((tagId) => levels.get(`tag:${tagId}`) === MUTED);
}

function isFollowed(levels: Map<string, number> | undefined, thread: NewThread): boolean {
  if (!levels) return false;
  if ((levels.get(`category:${thread.categoryId}`) ?? 0) >= TRACKING) return true;
  return thread.tagIds.some((tagId) => (levels.get(`tag:${tagId}`) ?? 0) >= TRACKING);
}

/** The tracks that concern a member: their own and the shared one. */
function ownTracks(member: DueMember): Track[] {
  return member.experience === "newcomer" ? ["newcomer", "shared"] : ["experienced", "shared"];
}

async function buildBatch(tx: DB, members: DueMember[], now: Date): Promise<Map<number, DigestPayload>> {
  const until = now.toISOString();
  const earliest = members.reduce((min, member) => (member.since < min ? member.since : min), until);
  const memberIds = members.map((member) => member.id);
  const threads = await newThreadsSince(tx, earliest, until);
  const [levels, unanswered, articles, meeting] = await Promise.all([
    watchLevels(
      tx,
      memberIds,
      threads.map((thread) => thread.id),
    ),
    unansweredByMentor(
      tx,
      members.filter((member) => member.isMentor).map((member) => member.id),
    ),
    // Section query: articles published in the window of any member of the batch.
    tx
      .selectFrom("knowledge_article")
      .select(["id", "published_at"])
      .where("status", "=", "published")
      .where("published_at", ">", earliest)
      .where("published_at", "<=", until)
      .orderBy("published_at", "desc")
      .execute(),
    // Section query: the next meeting, the same for everyone.
    tx
      .selectFrom("meeting")
      .select("id")
      .where("starts_at", ">", until)
      .where("starts_at", "<=", new Date(now.getTime() + DIGEST_MEETING_HORIZON_MS).toISOString())
      .orderBy("starts_at")
      .limit(1)
      .executeTakeFirst(),
  ]);
  const digests = new Map<number, DigestPayload>();
  for (const member of members) {
    const memberLevels = levels.get(member.id);
    const tracks = ownTracks(member);
    const visibleTracks = tracksToList(
      { experience: member.experience, hideNewcomerTrack: member.hideNewcomerTrack },
      undefined,
      "list",
    );
    const trackIds: number[] = [];
    const watchedIds: number[] = [];
    for (const thread of threads) {
      if (thread.createdAt <= member.since || thread.authorId === member.id) continue;
      if (visibleTracks && !visibleTracks.includes(thread.track)) continue;
      if (isMuted(memberLevels, thread)) continue;
      if (isFollowed(memberLevels, thread)) watchedIds.push(thread.id);
      else if (tracks.includes(thread.track)) trackIds.push(thread.id);
    }
    const questions = (unanswered.get(member.id) ?? [])
      .filter((question) => question.authorId !== member.id)
      .map((question) => question.id);
    const articleIds = articles
      .filter((article) => article.published_at !== null && article.published_at > member.since)
      .map((article) => article.id);
    const payload: DigestPayload = {
      kind: "digest",
      frequency: member.frequency,
      since: member.since,
      until,
      trackThreads: section(trackIds),
      watchedThreads: section(watchedIds),
      unanswered: section(questions),
      articles: section(articleIds),
      meetingId: meeting?.id ?? null,
    };
    const empty =
      trackIds.length === 0 &&
      watchedIds.length === 0 &&
      questions.length === 0 &&
      articleIds.length === 0 &&
      payload.meetingId === null;
    if (!empty) digests.set(member.id, payload);
  }
  return digests;
}

export interface DigestRunResult {
  members: number;
  queued: number;
}

/**
 * The scheduled step of the mail worker: for every member whose digest is due
 * (weekly or daily since their last one), builds the digest and queues it in
 * the mail outbox, in the transaction that moves their `last_digest_at`; a
 * member with nothing new gets no mail, but their period still moves on.
 * Each batch runs each section's query once for all its members.
 */
export async function queueDueDigests(db: DB, now: Date): Promise<DigestRunResult> {
  const at = now.toISOString();
  const result: DigestRunResult = { members: 0, queued: 0 };
  // The worker asks every few seconds: a plain read first, so the write lock is taken only when someone is due.
  if ((await dueMembers(db, now, 0, 1)).length === 0) return result;
  let afterId = 0;
  for (;;) {
    const batch = await writeTransaction(db, async (tx) => {
      // Chosen inside the write transaction, so two workers never both take a member.
      const members = await dueMembers(tx, now, afterId);
      if (members.length === 0) return null;
      const digests = await buildBatch(tx, members, now);
      const rows = [...digests].map(([memberId, payload]) => ({
        member_id: memberId,
        kind: "digest" as const,
        notification_id: null,
        payload: JSON.stringify(payload),
        created_at: at,
        next_attempt_at: at,
      }));
      for (let i = 0; i < rows.length; i += 200) {
        await tx
          .insertInto("mail_outbox")
          .values(rows.slice(i, i + 200))
          .execute();
      }
      for (let i = 0; i < members.length; i += 200) {
        await tx
          .insertInto("mail_digest_state")
          .values(members.slice(i, i + 200).map((member) => ({ member_id: member.id, last_digest_at: at })))
          .onConflict((oc) => oc.column("member_id").doUpdateSet({ last_digest_at: at }))
          .execute();
      }
      return { members: members.length, queued: rows.length, lastId: members[members.length - 1]?.id ?? afterId };
    });
    if (!batch) return result;
    result.members += batch.members;
    result.queued += batch.queued;
    afterId = batch.lastId;
  }
}
