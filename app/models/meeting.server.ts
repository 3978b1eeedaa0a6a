import type { AttendanceAnswer } from "../../db/schema-meetings";
import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { meetingCopy } from "../copy/meetings";
import { recordAdminEvent } from "./admin-event.server";
import { municipalityExperience } from "./experience";
import { calendarMeetingColumns } from "./meeting-columns";

export interface MeetingInput {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
  hostMunicipalityId: number | null;
  description: string;
}

function meetingColumns(input: MeetingInput) {
  return {
    title: input.title,
    starts_at: input.startsAt.toISOString(),
    ends_at: input.endsAt.toISOString(),
    place: input.place,
    online_url: input.onlineUrl,
    host_municipality_id: input.hostMunicipalityId,
    description: input.description,
  };
}

function assertPlannable(input: MeetingInput, now: Date): void {
  if (input.startsAt.getTime() <= now.getTime()) throw new Refusal(meetingCopy.startsInPast, { field: "startsAt" });
  if (input.endsAt.getTime() <= input.startsAt.getTime())
    throw new Refusal(meetingCopy.endsBeforeStart, { field: "endsAt" });
  if (!input.place && !input.onlineUrl) throw new Refusal(meetingCopy.placeOrLinkRequired, { field: "place" });
}

export async function createMeeting(tx: DB, input: MeetingInput, actorId: number, now = new Date()): Promise<number> {
  assertPlannable(input, now);
  const at = now.toISOString();
  const row = await tx
    .insertInto("meeting")
    .values({ ...meetingColumns(input), created_by: actorId, created_at: at, updated_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAdminEvent(
    tx,
    {
      actorId,
      action: "meeting.created",
      targetType: "meeting",
      targetId: row.id,
      detail: { after: { title: input.title, startsAt: at } },
    },
    now,
  );
  return row.id;
}

export async function updateMeeting(
  tx: DB,
  meetingId: number,
  input: MeetingInput,
  actorId: number,
  now = new Date(),
): Promise<void> {
  const before = await tx
    .selectFrom("meeting")
    .select(["title", "starts_at", "ends_at", "place", "online_url"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!before) throw new Refusal(meetingCopy.notFound, { status: 404 });
  assertPlannable(input, now);
  await tx
    .updateTable("meeting")
    .set((eb) => ({
      ...meetingColumns(input),
      updated_at: now.toISOString(),
      ics_sequence: eb("ics_sequence", "+", 1),
    }))
    .where("id", "=", meetingId)
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId,
      action: "meeting.updated",
      targetType: "meeting",
      targetId: meetingId,
      detail: { before, after: meetingColumns(input) },
    },
    now,
  );
}

const meetingSummaryColumns = [
  ...calendarMeetingColumns,
  "meeting.agenda_published_at",
  "meeting.minutes_published_at",
  "meeting.created_at",
] as const;

function meetingSummaries(db: DB) {
  return db
    .selectFrom("meeting")
    .leftJoin("municipality", "municipality.id", "meeting.host_municipality_id")
    .select(meetingSummaryColumns);
}

export type MeetingSummary = Awaited<ReturnType<typeof findMeeting>> & {};

export async function findMeeting(db: DB, meetingId: number) {
  return meetingSummaries(db)
    .select("meeting.host_municipality_id")
    .where("meeting.id", "=", meetingId)
    .executeTakeFirst();
}

/** Upcoming meetings soonest first (a meeting stays upcoming until it ends), past ones newest first. */
export async function listMeetings(db: DB, now = new Date()) {
  const at = now.toISOString();
  const [upcoming, past] = await Promise.all([
    meetingSummaries(db).where("meeting.ends_at", ">", at).orderBy("meeting.starts_at", "asc").execute(),
    meetingSummaries(db).where("meeting.ends_at", "<=", at).orderBy("meeting.starts_at", "desc").limit(24).execute(),
  ]);
  return { upcoming, past };
}

export async function findNextMeeting(db: DB, now = new Date()) {
  return meetingSummaries(db)
    .where("meeting.ends_at", ">", now.toISOString())
    .orderBy("meeting.starts_at", "asc")
    .limit(1)
    .executeTakeFirst();
}

/** A meeting that has begun takes no more proposals or attendance changes. */
export function meetingHasStarted(meeting: { starts_at: string }, now = new Date()): boolean {
  return meeting.starts_at <= now.toISOString();
}

export async function setAttendance(
  tx: DB,
  meetingId: number,
  memberId: number,
  answer: AttendanceAnswer,
  now = new Date(),
): Promise<void> {
  const meeting = await tx.selectFrom("meeting").select("starts_at").where("id", "=", meetingId).executeTakeFirst();
  if (!meeting) throw new Refusal(meetingCopy.notFound, { status: 404 });
  if (meetingHasStarted(meeting, now)) throw new Refusal(meetingCopy.attendanceClosed, { status: 409 });
  await tx
    .insertInto("meeting_attendance")
    .values({ meeting_id: meetingId, member_id: memberId, answer, updated_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["meeting_id", "member_id"]).doUpdateSet({ answer, updated_at: now.toISOString() }))
    .execute();
}

export async function findAttendance(db: DB, meetingId: number, memberId: number): Promise<AttendanceAnswer | null> {
  const row = await db
    .selectFrom("meeting_attendance")
    .select("answer")
    .where("meeting_id", "=", meetingId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return row?.answer ?? null;
}

export interface MunicipalityAttendance {
  municipalityId: number;
  name: string;
  slug: string;
  isNewcomer: boolean;
  attending: string[];
  online: string[];
}

/** Who comes, by municipality, with newcomer municipalities flagged so colleagues know whom to welcome. */
export async function attendanceByMunicipality(db: DB, meetingId: number, now = new Date()) {
  const rows = await db
    .selectFrom("meeting_attendance")
    .innerJoin("member", "member.id", "meeting_attendance.member_id")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .where("meeting_attendance.meeting_id", "=", meetingId)
    .where("member.disabled_at", "is", null)
    .select([
      "meeting_attendance.answer",
      "member.display_name",
      "municipality.id as municipality_id",
      "municipality.name as municipality_name",
      "municipality.slug as municipality_slug",
      "municipality.joined_on",
      "municipality.experience_override",
    ])
    .orderBy("municipality.name")
    .orderBy("member.display_name")
    .execute();
  const byMunicipality = new Map<number, MunicipalityAttendance>();
  let absent = 0;
  for (const row of rows) {
    if (row.answer === "absent") {
      absent += 1;
      continue;
    }
    let entry = byMunicipality.get(row.municipality_id);
    if (!entry) {
      entry = {
        municipalityId: row.municipality_id,
        name: row.municipality_name,
        slug: row.municipality_slug,
        isNewcomer: municipalityExperience(row, now) === "newcomer",
        attending: [],
        online: [],
      };
      byMunicipality.set(row.municipality_id, entry);
    }
    (row.answer === "online" ? entry.online : entry.attending).push(row.display_name);
  }
  const municipalities = [...byMunicipality.values()];
  return {
    municipalities,
    attendingCount: municipalities.reduce((sum, m) => sum + m.attending.length, 0),
    onlineCount: municipalities.reduce((sum, m) => sum + m.online.length, 0),
    absentCount: absent,
  };
}
