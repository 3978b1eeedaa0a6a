import { Link } from "@remix-run/react";
import { formatLongDate } from "../../copy/dates";
import { meetingCopy } from "../../copy/meetings";
import { MeetingWhen, type MeetingHeadline } from "../meetings/meeting-when";

/** The next network meeting, on every front page, and the member's open actions from earlier meetings. */
export function NextMeeting({
  meeting,
  actions,
}: {
  meeting: MeetingHeadline | null;
  actions: { id: number; description: string; due_on: string; meeting_id: number; meeting_title: string }[];
}) {
  return (
    <section className="panel next-meeting" aria-labelledby="naeste-moede">
      <h2 id="naeste-moede">{meetingCopy.nextMeeting}</h2>
      {meeting ? (
        <>
          <p className="next-meeting__title">
            <Link to={`/moeder/${meeting.id}`}>{meeting.title}</Link>
          </p>
          <MeetingWhen meeting={meeting} />
          <p>
            <Link to={`/moeder/${meeting.id}#forslag`}>{meetingCopy.propose}</Link> ·{" "}
            <Link to={`/moeder/${meeting.id}#tilmelding`}>{meetingCopy.attendance}</Link>
          </p>
        </>
      ) : (
        <p className="muted">{meetingCopy.noUpcoming}</p>
      )}
      {actions.length > 0 ? (
        <>
          <h3>{meetingCopy.myActions}</h3>
          <ul className="admin-rows">
            {actions.map((action) => (
              <li key={action.id}>
                <Link to={`/moeder/${action.meeting_id}#handlinger`}>{action.description}</Link>{" "}
                <span className="muted">· {meetingCopy.due(formatLongDate(action.due_on))}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
