import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canManageMeetings } from "../auth/permissions";
import { CopyLink } from "../components/copy-link";
import { MeetingWhen, type MeetingHeadline } from "../components/meetings/meeting-when";
import { meetingCopy } from "../copy/meetings";
import { getDb, writeTransaction } from "../db.server";
import { getEnv } from "../env.server";
import { readForm } from "../forms/read-form.server";
import { hasCalendarFeed, renewCalendarFeed } from "../models/calendar.server";
import { listMeetings } from "../models/meeting.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.pageTitle) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const [meetings, feed] = await Promise.all([listMeetings(db), hasCalendarFeed(db, member.id)]);
  return json({ ...meetings, hasFeed: feed, canPlan: canManageMeetings(member) });
}

/** The only action here makes or renews the member's secret calendar feed; the URL is shown this once. */
export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const form = await readForm(request);
  if (form.get("intent") !== "calendar-feed") return json({ feedUrl: null }, { status: 400 });
  const token = await writeTransaction(getDb(), (tx) => renewCalendarFeed(tx, member.id));
  const origin = getEnv().PUBLIC_ORIGIN ?? new URL(request.url).origin;
  return json({ feedUrl: `${origin}/kalender/${token}.ics` });
}

function MeetingCards({
  meetings,
}: {
  meetings: (MeetingHeadline & { agenda_published_at: string | null; minutes_published_at: string | null })[];
}) {
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="meeting-card">
          <h3>
            <Link to={`/moeder/${meeting.id}`}>{meeting.title}</Link>
          </h3>
          <MeetingWhen meeting={meeting} />
          <p className="muted">
            {meeting.minutes_published_at
              ? meetingCopy.minutesHeading
              : meeting.agenda_published_at
                ? meetingCopy.agenda
                : meetingCopy.agendaDraft}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function MeetingsPage() {
  const { upcoming, past, hasFeed, canPlan } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <div className="section-head">
        <h1>{meetingCopy.pageTitle}</h1>
        {canPlan ? (
          <Link to="/moeder/ny" className="button button--primary">
            {meetingCopy.newMeeting}
          </Link>
        ) : null}
      </div>
      <p className="lead">{meetingCopy.intro}</p>
      <section aria-labelledby="kommende-moeder">
        <h2 id="kommende-moeder">{meetingCopy.upcoming}</h2>
        {upcoming.length === 0 ? (
          <p className="empty">{meetingCopy.noUpcoming}</p>
        ) : (
          <MeetingCards meetings={upcoming} />
        )}
      </section>
      <section aria-labelledby="kalender-abonnement" className="panel">
        <h2 id="kalender-abonnement">{meetingCopy.feedHeading}</h2>
        <p className="muted">{meetingCopy.feedHint}</p>
        {result?.feedUrl ? (
          <>
            <p role="status">{meetingCopy.feedShownOnce}</p>
            <CopyLink label={meetingCopy.calendar} value={result.feedUrl} />
          </>
        ) : hasFeed ? (
          <p>{meetingCopy.feedExists}</p>
        ) : null}
        <Form method="post">
          <button type="submit" name="intent" value="calendar-feed" className="button">
            {hasFeed || result?.feedUrl ? meetingCopy.feedRenew : meetingCopy.feedCreate}
          </button>
        </Form>
      </section>
      <section aria-labelledby="tidligere-moeder">
        <h2 id="tidligere-moeder">{meetingCopy.past}</h2>
        {past.length === 0 ? <p className="empty">{meetingCopy.noPast}</p> : <MeetingCards meetings={past} />}
      </section>
    </>
  );
}
