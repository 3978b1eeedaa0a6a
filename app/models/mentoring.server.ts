import { recordNotifyEvent } from "../notifications/events.server";
import { sql, type ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema";
import type { DB } from "../db.server";
import { tagsForThreads } from "./thread-list.server";
import { postVisibleToMembers } from "./post-visibility.server";
import { Refusal } from "../refusal";
import { lockRowForUpdate } from "../../db/dialect";
import { mentorClaimRefusals } from "../copy/mentor-queue";

export const CLAIM_LAPSES_AFTER_MS = 48 * 3_600_000;
export const OVERDUE_AFTER_MS = 48 * 3_600_000;

/** No visible reply from anyone but the author: the question is still waiting for a colleague. */
export function unansweredThread(eb: ExpressionBuilder<Database, "thread">) {
  return eb.not(
    eb.exists(
      eb
        .selectFrom("post as reply")
        .select("reply.id")
        .whereRef("reply.thread_id", "=", "thread.id")
        .whereRef("reply.author_id", "!=", "thread.author_id")
        // A hidden reply does not answer anyone.
        .where(postVisibleToMembers("reply")),
    ),
  );
}

export async function getMentorProfile(db: DB, memberId: number) {
  const [member, themes] = await Promise.all([
    db
      .selectFrom("member")
      .select(["is_mentor", "hide_newcomer_track"])
      .where("id", "=", memberId)
      .executeTakeFirstOrThrow(),
    db.selectFrom("mentor_theme").select("tag_id").where("member_id", "=", memberId).execute(),
  ]);
  return {
    isMentor: member.is_mentor === 1,
    hideNewcomerTrack: member.hide_newcomer_track === 1,
    themeTagIds: themes.map((t) => t.tag_id),
  };
}

export async function saveMentorProfile(
  tx: DB,
  memberId: number,
  input: { isMentor: boolean; themeTagIds: number[]; hideNewcomerTrack: boolean },
) {
  await tx
    .updateTable("member")
    .set({ is_mentor: input.isMentor ? 1 : 0, hide_newcomer_track: input.hideNewcomerTrack ? 1 : 0 })
    .where("id", "=", memberId)
    .execute();
  await tx.deleteFrom("mentor_theme").where("member_id", "=", memberId).execute();
  const themes = input.isMentor ? [...new Set(input.themeTagIds)] : [];
  if (themes.length > 0) {
    const valid = await tx
      .selectFrom("tag")
      .select("id")
      .where("id", "in", themes)
      .where("kind", "=", "theme")
      .execute();
    if (valid.length > 0)
      await tx
        .insertInto("mentor_theme")
        .values(valid.map((tag) => ({ member_id: memberId, tag_id: tag.id })))
        .execute();
  }
}

export interface QueueItem {
  id: number;
  slug: string;
  title: string;
  createdAt: string;
  author: string;
  municipality: { slug: string; name: string };
  fromPairedMunicipality: boolean;
  claim: { memberId: number; name: string; claimedAt: string } | null;
  tags: { slug: string; label: string; kind: "case" | "theme" }[];
}

/**
 * Unanswered newcomer questions for a mentor, oldest first; questions from the
 * newcomer municipalities paired with the mentor's municipality come first.
 * With `all` the mentor's themes are ignored.
 */
export async function listMentorQueue(
  db: DB,
  mentor: { id: number; municipalityId: number },
  options: { all: boolean; now?: Date; limit?: number },
): Promise<{ items: QueueItem[]; themed: boolean }> {
  const now = options.now ?? new Date();
  const claimCutoff = new Date(now.getTime() - CLAIM_LAPSES_AFTER_MS).toISOString();
  const themes = (
    await db.selectFrom("mentor_theme").select("tag_id").where("member_id", "=", mentor.id).execute()
  ).map((t) => t.tag_id);
  const themed = !options.all && themes.length > 0;
  let query = db
    .selectFrom("thread")
    .innerJoin("member as author", "author.id", "thread.author_id")
    .innerJoin("municipality", "municipality.id", "thread.municipality_id")
    .leftJoin("municipality_pairing as pairing", (join) =>
      join
        .onRef("pairing.newcomer_municipality_id", "=", "thread.municipality_id")
        .on("pairing.mentor_municipality_id", "=", mentor.municipalityId),
    )
    .leftJoin("mentor_claim as claim", (join) =>
      join.onRef("claim.thread_id", "=", "thread.id").on("claim.claimed_at", ">", claimCutoff),
    )
    .leftJoin("member as claimer", "claimer.id", "claim.member_id")
    .where("thread.track", "=", "newcomer")
    .where("thread.author_id", "!=", mentor.id)
    .where((eb) => unansweredThread(eb))
    .select([
      "thread.id",
      "thread.slug",
      "thread.title",
      "thread.created_at",
      "author.display_name as author_name",
      "municipality.slug as municipality_slug",
      "municipality.name as municipality_name",
      "pairing.newcomer_municipality_id as paired",
      "claim.member_id as claim_member_id",
      "claim.claimed_at",
      "claimer.display_name as claimer_name",
    ]);
  if (themed) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("thread_tag")
          .select("thread_tag.tag_id")
          .whereRef("thread_tag.thread_id", "=", "thread.id")
          .where("thread_tag.tag_id", "in", themes),
      ),
    );
  }
  const rows = await query
    .orderBy(sql`pairing.newcomer_municipality_id is null`)
    .orderBy("thread.created_at", "asc")
    .limit(options.limit ?? 100)
    .execute();
  const tags = await tagsForThreads(
    db,
    rows.map((row) => row.id),
  );
  return {
    themed,
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      createdAt: row.created_at,
      author: row.author_name,
      municipality: { slug: row.municipality_slug, name: row.municipality_name },
      fromPairedMunicipality: row.paired !== null,
      claim:
        row.claim_member_id !== null && row.claimed_at
          ? { memberId: row.claim_member_id, name: row.claimer_name ?? "", claimedAt: row.claimed_at }
          : null,
      tags: tags.get(row.id) ?? [],
    })),
  };
}

/** "Jeg svarer": reserves an unanswered newcomer question for one mentor for 48 hours. */
export async function claimQuestion(tx: DB, threadId: number, memberId: number, now = new Date()): Promise<void> {
  const thread = await tx
    .selectFrom("thread")
    .select(["id", "track"])
    .where("id", "=", threadId)
    .where((eb) => unansweredThread(eb))
    .executeTakeFirst();
  if (!thread || thread.track !== "newcomer") throw new Refusal(mentorClaimRefusals.notClaimable, { status: 409 });
  // Two mentors claiming at once on two app servers: the second waits for the first's claim.
  await lockRowForUpdate(tx, "thread", threadId);
  const existing = await tx.selectFrom("mentor_claim").selectAll().where("thread_id", "=", threadId).executeTakeFirst();
  const cutoff = new Date(now.getTime() - CLAIM_LAPSES_AFTER_MS).toISOString();
  if (existing && existing.member_id !== memberId && existing.claimed_at > cutoff)
    throw new Refusal(mentorClaimRefusals.claimedByAnother, { status: 409 });
  await tx
    .insertInto("mentor_claim")
    .values({ thread_id: threadId, member_id: memberId, claimed_at: now.toISOString() })
    .onConflict((oc) => oc.column("thread_id").doUpdateSet({ member_id: memberId, claimed_at: now.toISOString() }))
    .execute();
  if (existing?.member_id !== memberId)
    await recordNotifyEvent(tx, { kind: "claim", threadId, actorId: memberId, at: now.toISOString() });
}

export async function releaseClaim(tx: DB, threadId: number, memberId: number): Promise<void> {
  await tx.deleteFrom("mentor_claim").where("thread_id", "=", threadId).where("member_id", "=", memberId).execute();
}

export async function findActiveClaim(db: DB, threadId: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - CLAIM_LAPSES_AFTER_MS).toISOString();
  return db
    .selectFrom("mentor_claim")
    .innerJoin("member", "member.id", "mentor_claim.member_id")
    .select(["mentor_claim.member_id", "mentor_claim.claimed_at", "member.display_name"])
    .where("mentor_claim.thread_id", "=", threadId)
    .where("mentor_claim.claimed_at", ">", cutoff)
    .executeTakeFirst();
}

/** Newcomer questions nobody has answered for 48 hours: the moderators' follow-up list. */
export async function listOverdueNewcomerQuestions(db: DB, now = new Date()) {
  const cutoff = new Date(now.getTime() - OVERDUE_AFTER_MS).toISOString();
  return db
    .selectFrom("thread")
    .innerJoin("member as author", "author.id", "thread.author_id")
    .innerJoin("municipality", "municipality.id", "thread.municipality_id")
    .where("thread.track", "=", "newcomer")
    .where("thread.created_at", "<", cutoff)
    .where((eb) => unansweredThread(eb))
    .select([
      "thread.id",
      "thread.slug",
      "thread.title",
      "thread.created_at",
      "author.display_name as author_name",
      "municipality.name as municipality_name",
    ])
    .orderBy("thread.created_at", "asc")
    .execute();
}
