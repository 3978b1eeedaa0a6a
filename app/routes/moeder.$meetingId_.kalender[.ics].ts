import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { getEnv } from "../env.server";
import { meetingsCalendar } from "../models/calendar.server";
import { findMeeting } from "../models/meeting.server";
import { meetingCopy } from "../copy/meetings";

/** One meeting as an .ics file, for members who add it by hand. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMember(request);
  const id = Number(params.meetingId);
  const meeting = Number.isSafeInteger(id) && id > 0 ? await findMeeting(getDb(), id) : undefined;
  if (!meeting) throw new Response(meetingCopy.notFound, { status: 404 });
  const origin = getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return new Response(meetingsCalendar([meeting], { origin, name: meeting.title }), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="netvaerksmoede-${meeting.id}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
