import type { Track } from "../../db/schema";
import { canCompleteMeetingAction, type Actor } from "../auth/permissions";
import type { DB } from "../db.server";
import { formatLongDate } from "../copy/dates";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { Refusal } from "../refusal";
import { recordAdminEvent } from "./admin-event.server";
import { addYear, createArticle, todayInDenmark } from "./article.server";
import { meetingHasStarted } from "./meeting.server";
import { insertReply, insertThread } from "./thread.server";

async function startedMeeting(tx: DB, meetingId: number, now: Date) {
  const meeting = await tx
    .selectFrom("meeting")
    .select(["id", "title", "starts_at"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw new Refusal(meetingCopy.notFound, { status: 404 });
  if (!meetingHasStarted(meeting, now)) throw new Refusal(meetingCopy.minutesBeforeMeeting, { status: 409 });
  return meeting;
}

/** Saves the notes per item (texts have passed the personal-data guard at the edge). */
export async function saveMinutes(
  tx: DB,
  meetingId: number,
  notes: Map<number, string>,
  moderatorId: number,
  now = new Date(),
): Promise<void> {
  await startedMeeting(tx, meetingId, now);
  for (const [itemId, text] of notes) {
    await tx
      .updateTable("agenda_item")
      .set({ notes_source: text })
      .where("id", "=", itemId)
      .where("meeting_id", "=", meetingId)
      .execute();
  }
  await recordAdminEvent(
    tx,
    {
      actorId: moderatorId,
      action: "meeting.minutes_saved",
      targetType: "meeting",
      targetId: meetingId,
      detail: { items: [...notes.keys()] },
    },
    now,
  );
}

export interface NewThreadPlace {
  categoryId: number;
  track: Track;
}

/**
 * Posts each item's notes into its thread, or a new thread in the chosen
 * category and track, written by the minute-taker, so the talk continues
 * where it belongs. Notes already posted are not posted again.
 */
export async function publishMinutes(
  tx: DB,
  input: {
    meetingId: number;
    moderatorId: number;
    municipalityId: number;
    newThreadPlaces: Map<number, NewThreadPlace>;
  },
  now = new Date(),
): Promise<number> {
  const meeting = await startedMeeting(tx, input.meetingId, now);
  const items = await tx
    .selectFrom("agenda_item")
    .select(["id", "title", "thread_id", "notes_source"])
    .where("meeting_id", "=", input.meetingId)
    .where("status", "=", "accepted")
    .where("notes_post_id", "is", null)
    .where("notes_source", "!=", "")
    .orderBy("position")
    .execute();
  const day = formatLongDate(meeting.starts_at);
  const at = now.toISOString();
  let posted = 0;
  for (const item of items) {
    const body = `**${meetingCopy.notesPostHeading(meeting.title, day)}: ${item.title}**\n\n${item.notes_source}`;
    let postId: number;
    if (item.thread_id !== null) {
      ({ postId } = await insertReply(tx, {
        threadId: item.thread_id,
        authorId: input.moderatorId,
        body,
        createdAt: at,
      }));
    } else {
      const place = input.newThreadPlaces.get(item.id);
      if (!place) continue;
      const created = await insertThread(tx, {
        title: meetingCopy.newThreadTitle(item.title, day).slice(0, 150),
        categoryId: place.categoryId,
        authorId: input.moderatorId,
        municipalityId: input.municipalityId,
        track: place.track,
        body,
        tagIds: [],
        createdAt: at,
      });
      postId = created.postId;
      await tx.updateTable("agenda_item").set({ thread_id: created.threadId }).where("id", "=", item.id).execute();
    }
    await tx.updateTable("agenda_item").set({ notes_post_id: postId }).where("id", "=", item.id).execute();
    posted += 1;
  }
  await tx
    .updateTable("meeting")
    .set({ minutes_published_at: at, updated_at: at })
    .where("id", "=", input.meetingId)
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "meeting.minutes_published",
      targetType: "meeting",
      targetId: input.meetingId,
      detail: { posted },
    },
    now,
  );
  return posted;
}

/** A draft Vidensbank article made from one item's posted notes, citing that post; the moderator edits and publishes it. */
export async function articleFromNotes(
  tx: DB,
  itemId: number,
  moderatorId: number,
  now = new Date(),
): Promise<{ id: number; slug: string }> {
  const item = await tx
    .selectFrom("agenda_item")
    .select(["id", "title", "notes_source", "notes_post_id", "thread_id"])
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!item || item.notes_post_id === null) throw new Refusal(meetingCopy.itemNotFound, { status: 404 });
  const themeTags = item.thread_id
    ? await tx
        .selectFrom("thread_tag")
        .innerJoin("tag", "tag.id", "thread_tag.tag_id")
        .select("tag.id")
        .where("thread_tag.thread_id", "=", item.thread_id)
        .where("tag.kind", "=", "theme")
        .limit(8)
        .execute()
    : [];
  const firstLines = item.notes_source
    .split("\n")
    .map((line) => line.replace(/^[-*•]\s*/, "").trim())
    .filter((line) => line.length > 0)
    .slice(0, 5)
    .map((line) => line.slice(0, 300));
  return createArticle(
    tx,
    {
      title: item.title.length >= 5 ? item.title.slice(0, 150) : meetingFormCopy.articleFromItemTitle(item.title),
      summary: item.notes_source,
      keyPoints: firstLines.length > 0 ? firstLines : [item.title],
      sourcePostIds: [item.notes_post_id],
      tagIds: themeTags.map((tag) => tag.id),
      ownerId: moderatorId,
      reviewOn: addYear(todayInDenmark(now)),
      status: "draft",
      actorId: moderatorId,
    },
    now,
  );
}

export async function addMeetingAction(
  tx: DB,
  input: {
    meetingId: number;
    itemId: number | null;
    description: string;
    ownerId: number;
    dueOn: string;
    moderatorId: number;
  },
  now = new Date(),
): Promise<void> {
  await startedMeeting(tx, input.meetingId, now);
  const owner = await tx
    .selectFrom("member")
    .select("id")
    .where("id", "=", input.ownerId)
    .where("disabled_at", "is", null)
    .executeTakeFirst();
  if (!owner) throw new Refusal(meetingCopy.actionOwnerMissing, { field: "ownerId" });
  await tx
    .insertInto("meeting_action")
    .values({
      meeting_id: input.meetingId,
      item_id: input.itemId,
      description: input.description,
      owner_id: input.ownerId,
      due_on: input.dueOn,
      created_at: now.toISOString(),
    })
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "meeting.action_added",
      targetType: "meeting",
      targetId: input.meetingId,
      detail: { ownerId: input.ownerId, dueOn: input.dueOn },
    },
    now,
  );
}

/** The owner (or a moderator) closes an agreed action. */
export async function completeMeetingAction(tx: DB, actionId: number, member: Actor, now = new Date()): Promise<void> {
  const action = await tx
    .selectFrom("meeting_action")
    .select(["id", "owner_id"])
    .where("id", "=", actionId)
    .executeTakeFirst();
  if (!action) throw new Refusal(meetingCopy.itemNotFound, { status: 404 });
  if (!canCompleteMeetingAction(member, action)) throw new Refusal(meetingCopy.itemNotFound, { status: 403 });
  await tx
    .updateTable("meeting_action")
    .set({ done_at: now.toISOString() })
    .where("id", "=", actionId)
    .where("done_at", "is", null)
    .execute();
}

export async function listMeetingActions(db: DB, meetingId: number) {
  return db
    .selectFrom("meeting_action")
    .innerJoin("member", "member.id", "meeting_action.owner_id")
    .select([
      "meeting_action.id",
      "meeting_action.description",
      "meeting_action.due_on",
      "meeting_action.done_at",
      "meeting_action.owner_id",
      "member.display_name as owner_name",
    ])
    .where("meeting_action.meeting_id", "=", meetingId)
    .orderBy("meeting_action.due_on")
    .execute();
}

/** Open actions a member owns, for their front page until they are done. */
export async function listOpenActionsForOwner(db: DB, memberId: number) {
  return db
    .selectFrom("meeting_action")
    .innerJoin("meeting", "meeting.id", "meeting_action.meeting_id")
    .select([
      "meeting_action.id",
      "meeting_action.description",
      "meeting_action.due_on",
      "meeting.id as meeting_id",
      "meeting.title as meeting_title",
    ])
    .where("meeting_action.owner_id", "=", memberId)
    .where("meeting_action.done_at", "is", null)
    .orderBy("meeting_action.due_on")
    .limit(20)
    .execute();
}
