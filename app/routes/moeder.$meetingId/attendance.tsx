import { Form, Link } from "@remix-run/react";
import type { AttendanceAnswer } from "../../../db/schema-meetings";
import { meetingCopy } from "../../copy/meetings";
import type { MunicipalityAttendance } from "../../models/meeting.server";

const ANSWERS: AttendanceAnswer[] = ["attending", "online", "absent"];

export function AttendanceForm({ answer, open }: { answer: AttendanceAnswer | null; open: boolean }) {
  if (!open) return <p className="muted">{meetingCopy.attendanceClosed}</p>;
  return (
    <Form method="post" className="form-card attendance-form">
      <fieldset>
        <legend>{meetingCopy.yourAnswer}</legend>
        {ANSWERS.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="answer" value={value} defaultChecked={answer === value} required />{" "}
            {meetingCopy.answers[value]}
          </label>
        ))}
      </fieldset>
      <button type="submit" name="intent" value="attend" className="button button--primary">
        {meetingCopy.saveAnswer}
      </button>
    </Form>
  );
}

export function WhoComes({
  summary,
}: {
  summary: { municipalities: MunicipalityAttendance[]; attendingCount: number; onlineCount: number };
}) {
  if (summary.municipalities.length === 0) return <p className="empty">{meetingCopy.nobodyYet}</p>;
  return (
    <>
      <p>{meetingCopy.attendingSummary(summary.attendingCount, summary.onlineCount)}</p>
      <ul className="who-comes">
        {summary.municipalities.map((municipality) => (
          <li key={municipality.municipalityId}>
            <Link to={`/kommune/${municipality.slug}`}>{municipality.name}</Link>
            {municipality.isNewcomer ? (
              <span className="badge badge--experience-newcomer">{meetingCopy.newcomerMunicipality}</span>
            ) : null}
            <span className="muted">
              {" "}
              {[
                ...municipality.attending,
                ...municipality.online.map((name) => `${name} (${meetingCopy.online.toLowerCase()})`),
              ].join(", ")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
