import { sql } from "kysely";
import { queueMeetingInvitations } from "../mail/meeting-mail.server";
import type { ThreadHeading } from "../../db/schema";
import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { meetingCopy } from "../copy/meetings";
import { recordAdminEvent } from "./admin-event.server";
import { meetingHasStarted } from "./meeting.server";

export interface ProposalInput {
  meetingId: number;
  proposerId: number;
  title: string;
  description: string;
  threadId: number | null;
}

async function meetingForChange(tx: DB, meetingId: number) {
  const meeting = await tx
    .selectFrom("meeting")
    .select(["id", "starts_at"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw new Refusal(meetingCopy.notFound, { status: 404 });
  return meeting;
}

async function itemForChange(tx: DB, itemId: number) {
  const item = await tx.selectFrom("agenda_item").selectAll().where("id", "=", itemId).executeTakeFirst();
  if (!item) throw new Refusal(meetingCopy.itemNotFound, { status: 404 });
  return item;
}

async function nextPosition(tx: DB, meetingId: number): Promise<number> {
  const row = await tx
    .selectFrom("agenda_item")
    .select((eb) => eb.fn.max<number | null>("position").as("last"))
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** Any member may propose an item before the meeting begins; the text has passed the personal-data guard at the edge. */
export async function proposeAgendaItem(tx: DB, input: ProposalInput, now = new Date()): Promise<number> {
  const meeting = await meetingForChange(tx, input.meetingId);
  if (meetingHasStarted(meeting, now)) throw new Refusal(meetingCopy.proposalsClosed, { status: 409 });
  if (input.threadId !== null) {
    const already = await tx
      .selectFrom("agenda_item")
      .select("id")
      .where("meeting_id", "=", input.meetingId)
      .where("thread_id", "=", input.threadId)
      .where("status", "!=", "declined")
      .executeTakeFirst();
    if (already) throw new Refusal(meetingCopy.itemAlreadyOnAgenda, { status: 409 });
  }
  const row = await tx
    .insertInto("agenda_item")
    .values({
      meeting_id: input.meetingId,
      title: input.title,
      description: input.description,
      thread_id: input.threadId,
      proposer_id: input.proposerId,
      status: "proposed",
      position: await nextPosition(tx, input.meetingId),
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The proposer supports their own item.
  await tx
    .insertInto("agenda_support")
    .values({ item_id: row.id, member_id: input.proposerId, created_at: now.toISOString() })
    .execute();
  return row.id;
}

export async function toggleAgendaSupport(
  tx: DB,
  itemId: number,
  memberId: number,
  now = new Date(),
): Promise<boolean> {
  const item = await itemForChange(tx, itemId);
  const meeting = await meetingForChange(tx, item.meeting_id);
  if (meetingHasStarted(meeting, now)) throw new Refusal(meetingCopy.proposalsClosed, { status: 409 });
  const removed = await tx
    .deleteFrom("agenda_support")
    .where("item_id", "=", itemId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) > 0) return false;
  await tx
    .insertInto("agenda_support")
    .values({ item_id: itemId, member_id: memberId, created_at: now.toISOString() })
    .execute();
  return true;
}

export async function decideAgendaItem(
  tx: DB,
  input: { itemId: number; decision: "accept" | "decline"; reason: string; moderatorId: number },
  now = new Date(),
): Promise<void> {
  const item = await itemForChange(tx, input.itemId);
  if (input.decision === "decline" && input.reason.trim() === "")
    throw new Refusal(meetingCopy.declineReasonRequired, { field: "reason" });
  const status = input.decision === "accept" ? "accepted" : "declined";
  await tx
    .updateTable("agenda_item")
    .set({ status, decline_reason: input.decision === "decline" ? input.reason : "" })
    .where("id", "=", input.itemId)
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: `meeting.item_${status}`,
      targetType: "meeting",
      targetId: item.meeting_id,
      detail: { itemId: item.id, title: item.title },
    },
    now,
  );
}

/** Swaps an item with its neighbour among the meeting's accepted items. */
export async function moveAgendaItem(
  tx: DB,
  itemId: number,
  direction: "up" | "down",
  moderatorId: number,
  now = new Date(),
): Promise<void> {
  const item = await itemForChange(tx, itemId);
  const neighbour = await tx
    .selectFrom("agenda_item")
    .select(["id", "position"])
    .where("meeting_id", "=", item.meeting_id)
    .where("status", "=", "accepted")
    .where("position", direction === "up" ? "<" : ">", item.position)
    .orderBy("position", direction === "up" ? "desc" : "asc")
    .limit(1)
    .executeTakeFirst();
  if (!neighbour) return;
  await tx.updateTable("agenda_item").set({ position: neighbour.position }).where("id", "=", item.id).execute();
  await tx.updateTable("agenda_item").set({ position: item.position }).where("id", "=", neighbour.id).execute();
  await recordAdminEvent(
    tx,
    {
      actorId: moderatorId,
      action: "meeting.item_moved",
      targetType: "meeting",
      targetId: item.meeting_id,
      detail: { itemId, direction },
    },
    now,
  );
}

export async function planAgendaItem(
  tx: DB,
  input: { itemId: number; durationMinutes: number | null; presenter: string; moderatorId: number },
  now = new Date(),
): Promise<void> {
  const item = await itemForChange(tx, input.itemId);
  await tx
    .updateTable("agenda_item")
    .set({ duration_minutes: input.durationMinutes, presenter: input.presenter })
    .where("id", "=", item.id)
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "meeting.item_planned",
      targetType: "meeting",
      targetId: item.meeting_id,
      detail: { itemId: item.id, durationMinutes: input.durationMinutes, presenter: input.presenter },
    },
    now,
  );
}

/** The standing opening round, accepted and placed first. */
export async function addOpeningRound(tx: DB, meetingId: number, moderatorId: number, now = new Date()): Promise<void> {
  await meetingForChange(tx, meetingId);
  const exists = await tx
    .selectFrom("agenda_item")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("is_opening_round", "=", 1)
    .executeTakeFirst();
  if (exists) throw new Refusal(meetingCopy.openingRoundExists, { status: 409 });
  const first = await tx
    .selectFrom("agenda_item")
    .select((eb) => eb.fn.min<number | null>("position").as("first"))
    .where("meeting_id", "=", meetingId)
    .executeTakeFirst();
  await tx
    .insertInto("agenda_item")
    .values({
      meeting_id: meetingId,
      title: meetingCopy.openingRoundTitle,
      description: meetingCopy.openingRoundDescription,
      thread_id: null,
      proposer_id: moderatorId,
      status: "accepted",
      position: (first?.first ?? 1) - 1,
      duration_minutes: 30,
      is_opening_round: 1,
      created_at: now.toISOString(),
    })
    .execute();
  await recordAdminEvent(
    tx,
    { actorId: moderatorId, action: "meeting.opening_round_added", targetType: "meeting", targetId: meetingId },
    now,
  );
}

/** Publishes (or republishes) the agenda; a new SEQUENCE makes calendars take the updated invitation. */
export async function publishAgenda(tx: DB, meetingId: number, moderatorId: number, now = new Date()): Promise<void> {
  await meetingForChange(tx, meetingId);
  const accepted = await tx
    .selectFrom("agenda_item")
    .select("id")
    .where("meeting_id", "=", meetingId)
    .where("status", "=", "accepted")
    .limit(1)
    .executeTakeFirst();
  if (!accepted) throw new Refusal(meetingCopy.agendaEmpty, { status: 409 });
  await tx
    .updateTable("meeting")
    .set({ agenda_published_at: now.toISOString(), updated_at: now.toISOString(), ics_sequence: sql`ics_sequence + 1` })
    .where("id", "=", meetingId)
    .execute();
  await recordAdminEvent(
    tx,
    { actorId: moderatorId, action: "meeting.agenda_published", targetType: "meeting", targetId: meetingId },
    now,
  );
  // In the publishing transaction: the agenda and its invitations are committed together or not at all.
  await queueMeetingInvitations(tx, meetingId, now);
}

export interface AgendaItemView {
  id: number;
  title: string;
  description: string;
  status: "proposed" | "accepted" | "declined";
  declineReason: string;
  position: number;
  durationMinutes: number | null;
  presenter: string;
  isOpeningRound: boolean;
  notesSource: string;
  notesPostId: number | null;
  thread: ThreadHeading | null;
  proposer: { id: number; name: string } | null;
  supporters: number;
  supportedByViewer: boolean;
}

/** Every item of a meeting in agenda order, with support counts; callers decide which statuses a viewer sees. */
export async function listAgendaItems(db: DB, meetingId: number, viewerId: number): Promise<AgendaItemView[]> {
  const rows = await db
    .selectFrom("agenda_item")
    .leftJoin("thread", "thread.id", "agenda_item.thread_id")
    .leftJoin("member", "member.id", "agenda_item.proposer_id")
    .where("agenda_item.meeting_id", "=", meetingId)
    .select((eb) => [
      "agenda_item.id",
      "agenda_item.title",
      "agenda_item.description",
      "agenda_item.status",
      "agenda_item.decline_reason",
      "agenda_item.position",
      "agenda_item.duration_minutes",
      "agenda_item.presenter",
      "agenda_item.is_opening_round",
      "agenda_item.notes_source",
      "agenda_item.notes_post_id",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
      "member.id as proposer_id",
      "member.display_name as proposer_name",
      eb
        .selectFrom("agenda_support")
        .select((s) => s.fn.countAll<number>().as("n"))
        .whereRef("agenda_support.item_id", "=", "agenda_item.id")
        .as("supporters"),
      eb
        .selectFrom("agenda_support")
        .select((s) => s.fn.countAll<number>().as("n"))
        .whereRef("agenda_support.item_id", "=", "agenda_item.id")
        .where("agenda_support.member_id", "=", viewerId)
        .as("supported_by_viewer"),
    ])
    .orderBy("agenda_item.position")
    .orderBy("agenda_item.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    declineReason: row.decline_reason,
    position: row.position,
    durationMinutes: row.duration_minutes,
    presenter: row.presenter,
    isOpeningRound: row.is_opening_round === 1,
    notesSource: row.notes_source,
    notesPostId: row.notes_post_id,
    thread:
      row.thread_id !== null && row.thread_slug !== null && row.thread_title !== null
        ? { id: row.thread_id, slug: row.thread_slug, title: row.thread_title }
        : null,
    proposer:
      row.proposer_id !== null && row.proposer_name !== null ? { id: row.proposer_id, name: row.proposer_name } : null,
    supporters: Number(row.supporters ?? 0),
    supportedByViewer: Number(row.supported_by_viewer ?? 0) > 0,
  }));
}

/** Clock times for the accepted items, counted from the meeting's start. */
export function scheduleAgenda<T extends { durationMinutes: number | null }>(
  startsAt: string,
  items: T[],
): (T & { startsAt: string })[] {
  let at = new Date(startsAt).getTime();
  return items.map((item) => {
    const scheduled = { ...item, startsAt: new Date(at).toISOString() };
    at += (item.durationMinutes ?? 0) * 60_000;
    return scheduled;
  });
}

/** The meeting an agenda item belongs to, if the item exists. */
export async function findAgendaItemMeetingId(db: DB, itemId: number): Promise<number | undefined> {
  return (await db.selectFrom("agenda_item").select("meeting_id").where("id", "=", itemId).executeTakeFirst())
    ?.meeting_id;
}
