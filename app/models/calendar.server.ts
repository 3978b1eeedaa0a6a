import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Meeting } from "../../db/schema";
import type { DB } from "../db.server";
import { copenhagenWallClock, MEETING_TIME_ZONE } from "./meeting-time";
import { meetingFormCopy } from "../copy/meetings";
import { calendarMeetingColumns } from "./meeting-columns";
import { SITE_NAME } from "../copy/pages";

export type CalendarMeeting = Pick<
  Meeting,
  "id" | "title" | "starts_at" | "ends_at" | "place" | "online_url" | "description" | "ics_sequence" | "updated_at"
> & { host_name: string | null };

/**
 * An iCalendar document for meetings, with Copenhagen times and the zone's
 * VTIMEZONE rules, so Outlook and Google show the right hour on both sides of
 * a clock change. The UID is stable per meeting and SEQUENCE grows with every
 * change, so a calendar updates the event instead of adding a second one.
 */
export function meetingsCalendar(
  meetings: CalendarMeeting[],
  options: { origin: string; name: string; method?: "publish" | "request" },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: SITE_NAME, product: meetingFormCopy.calendarProduct, language: "DA" },
    timezone: { name: MEETING_TIME_ZONE, generator: getVtimezoneComponent },
    method: options.method === "request" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  for (const meeting of meetings) {
    const url = `${options.origin}/moeder/${meeting.id}`;
    const location = [meeting.place, meeting.online_url].filter((part) => part !== "").join(" · ");
    calendar.createEvent({
      id: `moede-${meeting.id}@tvaers`,
      sequence: meeting.ics_sequence,
      stamp: new Date(meeting.updated_at),
      start: wallClockForIcal(meeting.starts_at),
      end: wallClockForIcal(meeting.ends_at),
      timezone: MEETING_TIME_ZONE,
      summary: meeting.title,
      description: [
        meeting.description,
        meeting.host_name ? meetingFormCopy.calendarHost(meeting.host_name) : "",
        meetingFormCopy.calendarAgenda(url),
      ]
        .filter((line) => line !== "")
        .join("\n\n"),
      location: location || null,
      url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/*
 * ical-generator writes a zoned time from the date's local-time getters, which
 * follow the server process's TZ. A Copenhagen wall-clock string without an
 * offset parses in that same local zone and reads back unchanged, so the
 * output is right whatever TZ the server runs in.
 */
function wallClockForIcal(instant: string): string {
  return `${copenhagenWallClock(new Date(instant))}:00`;
}

function hashFeedToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** A new secret feed token for the member, replacing any earlier one; only its hash is stored. */
export async function renewCalendarFeed(tx: DB, memberId: number, now = new Date()): Promise<string> {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  await tx
    .insertInto("calendar_feed")
    .values({ member_id: memberId, token_hash: hashFeedToken(token), created_at: now.toISOString() })
    .onConflict((oc) =>
      oc.column("member_id").doUpdateSet({ token_hash: hashFeedToken(token), created_at: now.toISOString() }),
    )
    .execute();
  return token;
}

export async function hasCalendarFeed(db: DB, memberId: number): Promise<boolean> {
  return (
    (await db.selectFrom("calendar_feed").select("member_id").where("member_id", "=", memberId).executeTakeFirst()) !==
    undefined
  );
}

/** The active member a feed token belongs to, or undefined for an unknown, renewed or disabled one. */
export async function findCalendarFeedMember(db: DB, token: string): Promise<number | undefined> {
  if (!/^[a-z2-7]{32}$/.test(token)) return undefined;
  const row = await db
    .selectFrom("calendar_feed")
    .innerJoin("member", "member.id", "calendar_feed.member_id")
    .select("member.id")
    .where("calendar_feed.token_hash", "=", hashFeedToken(token))
    .where("member.disabled_at", "is", null)
    .executeTakeFirst();
  return row?.id;
}

/** Meetings for a calendar feed: everything from the last half year on. */
export async function listCalendarMeetings(db: DB, now = new Date()): Promise<CalendarMeeting[]> {
  const since = new Date(now.getTime() - 183 * 24 * 3_600_000).toISOString();
  return db
    .selectFrom("meeting")
    .leftJoin("municipality", "municipality.id", "meeting.host_municipality_id")
    .select(calendarMeetingColumns)
    .where("meeting.starts_at", ">=", since)
    .orderBy("meeting.starts_at")
    .execute();
}
