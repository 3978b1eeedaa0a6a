import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { MeetingWhen } from "../components/meetings/meeting-when";
import { meetingCopy } from "../copy/meetings";
import { getDb } from "../db.server";
import { findNextMeeting, meetingHasStarted } from "../models/meeting.server";
import { threadPath } from "../models/thread-path";
import { handleMeetingAction } from "./moeder.$meetingId/meeting-actions.server";
import { ProposalForm } from "./moeder.$meetingId/proposal-form";
import { findThreadHeading } from "../models/thread-heading.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.proposeFromThread) }];

/** The next meeting that has not begun: the one a thread is brought to. */
async function openNextMeeting() {
  const meeting = await findNextMeeting(getDb());
  return meeting && !meetingHasStarted(meeting) ? meeting : undefined;
}

async function threadFrom(request: Request) {
  const id = Number(new URL(request.url).searchParams.get("traad"));
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  return findThreadHeading(getDb(), id);
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  const [meeting, thread] = await Promise.all([openNextMeeting(), threadFrom(request)]);
  return json({ meeting: meeting ?? null, thread: thread ?? null });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const meeting = await openNextMeeting();
  if (!meeting)
    return json(
      {
        intent: "propose",
        itemId: null,
        values: { title: "", description: "", reason: "" },
        fieldErrors: {},
        personalDataWarning: null,
        error: meetingCopy.noNextMeeting,
        done: null,
      },
      { status: 409 },
    );
  return handleMeetingAction(request, member, meeting.id);
}

export default function ProposeFromThreadPage() {
  const { meeting, thread } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{meetingCopy.proposeFromThread}</h1>
      {thread ? (
        <p>
          {meetingCopy.fromThread}: <Link to={threadPath(thread)}>{thread.title}</Link>
        </p>
      ) : null}
      {meeting ? (
        <>
          <h2>
            <Link to={`/moeder/${meeting.id}`}>{meeting.title}</Link>
          </h2>
          <MeetingWhen meeting={meeting} />
          <ProposalForm result={result ?? null} thread={thread ?? undefined} />
        </>
      ) : (
        <p className="empty">{meetingCopy.noNextMeeting}</p>
      )}
    </>
  );
}
