import { meetingCopy } from "../../copy/meetings";
import { formatMeetingTime } from "../../copy/meeting-dates";

export interface MeetingHeadline {
  id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  place: string;
  online_url: string;
  host_name: string | null;
}

/** Date, time, place and host of a meeting, as a definition list. */
export function MeetingWhen({ meeting }: { meeting: MeetingHeadline }) {
  return (
    <dl className="meeting-facts">
      <dt>{meetingCopy.when}</dt>
      <dd>{formatMeetingTime(meeting.starts_at, meeting.ends_at)}</dd>
      {meeting.place ? (
        <>
          <dt>{meetingCopy.where}</dt>
          <dd>{meeting.place}</dd>
        </>
      ) : null}
      {meeting.online_url ? (
        <>
          <dt>{meetingCopy.online}</dt>
          <dd>
            <a href={meeting.online_url} rel="noopener noreferrer">
              {meeting.online_url}
            </a>
          </dd>
        </>
      ) : null}
      {meeting.host_name ? (
        <>
          <dt>{meetingCopy.host}</dt>
          <dd>{meeting.host_name}</dd>
        </>
      ) : null}
    </dl>
  );
}
