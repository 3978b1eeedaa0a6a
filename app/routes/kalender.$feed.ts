import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../db.server";
import { getEnv } from "../env.server";
import { findCalendarFeedMember, listCalendarMeetings, meetingsCalendar } from "../models/calendar.server";
import { meetingFormCopy } from "../copy/meetings";

/**
 * A member's calendar feed: calendar programs fetch it without a session, so
 * the secret in the URL is the only key. An unknown or renewed token answers
 * 404, the same as a feed that never existed.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = (params.feed ?? "").replace(/\.ics$/, "");
  const db = getDb();
  const memberId = await findCalendarFeedMember(db, token);
  if (memberId === undefined)
    return new Response(meetingFormCopy.calendarUnknown, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const origin = getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return new Response(
    meetingsCalendar(await listCalendarMeetings(db), { origin, name: meetingFormCopy.calendarName }),
    {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    },
  );
}
