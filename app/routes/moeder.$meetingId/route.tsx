import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember } from "../../auth/guards.server";
import { canCompleteMeetingAction, canManageMeetings } from "../../auth/permissions";
import { FormError } from "../../components/forms/field";
import { MeetingWhen } from "../../components/meetings/meeting-when";
import { formatLongDate } from "../../copy/dates";
import { meetingCopy } from "../../copy/meetings";
import { getDb } from "../../db.server";
import { publicOrigin } from "../../public-origin.server";
import { listAgendaItems, scheduleAgenda } from "../../models/agenda.server";
import { attendanceByMunicipality, findAttendance, findMeeting, meetingHasStarted } from "../../models/meeting.server";
import { listMeetingActions } from "../../models/minutes.server";
import { threadPath } from "../../models/thread-path";
import { Agenda, Proposals } from "./agenda";
import { AttendanceForm, WhoComes } from "./attendance";
import { handleMeetingAction } from "./meeting-actions.server";
import { ProposalForm } from "./proposal-form";
import { pageTitle } from "../../copy/pages";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? pageTitle(`${data.meeting.title} – ${meetingCopy.pageTitle}`) : pageTitle(meetingCopy.notFound) },
];

function meetingIdFrom(params: { meetingId?: string }): number {
  const id = Number(params.meetingId);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response(meetingCopy.notFound, { status: 404 });
  return id;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const meetingId = meetingIdFrom(params);
  const db = getDb();
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw new Response(meetingCopy.notFound, { status: 404 });
  const moderator = canManageMeetings(member);
  const [items, answer, attendance, actions] = await Promise.all([
    listAgendaItems(db, meetingId, member.id),
    findAttendance(db, meetingId, member.id),
    attendanceByMunicipality(db, meetingId),
    listMeetingActions(db, meetingId),
  ]);
  const accepted = items.filter((item) => item.status === "accepted");
  const agendaVisible = moderator || meeting.agenda_published_at !== null;
  // A declined item's reason is for its proposer and the moderators.
  const proposals = items.filter(
    (item) =>
      item.status === "proposed" || (item.status === "declined" && (moderator || item.proposer?.id === member.id)),
  );
  const notes = accepted.filter((item) => item.notesSource !== "");
  return json({
    meeting,
    // The printed agenda gives each thread's full address: a relative path is no use on paper.
    origin: publicOrigin(request),
    moderator,
    viewerId: member.id,
    started: meetingHasStarted(meeting),
    agenda: agendaVisible ? scheduleAgenda(meeting.starts_at, accepted) : [],
    acceptedCount: accepted.length,
    hasOpeningRound: items.some((item) => item.isOpeningRound),
    proposals,
    answer,
    attendance,
    notes: meeting.minutes_published_at || moderator ? notes : [],
    actions: (meeting.minutes_published_at || moderator ? actions : []).map((action) => ({
      ...action,
      canComplete: canCompleteMeetingAction(member, action),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  return handleMeetingAction(request, member, meetingIdFrom(params));
}

export default function MeetingPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { meeting, moderator, started } = data;
  return (
    <article className="meeting">
      <p className="breadcrumbs no-print">
        <Link to="/moeder">{meetingCopy.pageTitle}</Link>
      </p>
      <h1>{meeting.title}</h1>
      <MeetingWhen meeting={meeting} />
      {meeting.description ? <p className="lead">{meeting.description}</p> : null}
      <p className="meeting__links no-print">
        <a href={`/moeder/${meeting.id}/kalender.ics`} className="button button--small">
          {meetingCopy.downloadIcs}
        </a>
        {moderator ? (
          <>
            {" "}
            <Link to={`/moeder/${meeting.id}/rediger`} className="button button--small">
              {meetingCopy.editMeeting}
            </Link>
            {started ? (
              <>
                {" "}
                <Link to={`/moeder/${meeting.id}/referat`} className="button button--small">
                  {meetingCopy.writeMinutes}
                </Link>
              </>
            ) : null}
          </>
        ) : null}
      </p>
      {result?.error ? <FormError message={result.error} /> : null}
      {result?.done && result.intent === "attend" ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}

      <section aria-labelledby="dagsorden" className="meeting__agenda">
        <h2 id="dagsorden">{meetingCopy.agenda}</h2>
        {meeting.agenda_published_at ? (
          <p className="muted">{meetingCopy.agendaPublished(formatLongDate(meeting.agenda_published_at))}</p>
        ) : (
          <p className="muted">{meetingCopy.agendaDraft}</p>
        )}
        {data.agenda.length > 0 ? (
          <Agenda items={data.agenda} moderator={moderator && !started} origin={data.origin} />
        ) : null}
        {moderator && !started ? (
          <div className="meeting__publish no-print">
            {!data.hasOpeningRound ? (
              <Form method="post" className="inline-form">
                <button type="submit" name="intent" value="opening-round" className="button">
                  {meetingCopy.addOpeningRound}
                </button>
              </Form>
            ) : null}
            <Form method="post" className="inline-form">
              <button
                type="submit"
                name="intent"
                value="publish"
                className="button button--primary"
                disabled={data.acceptedCount === 0}
              >
                {meeting.agenda_published_at ? meetingCopy.republishAgenda : meetingCopy.publishAgenda}
              </button>
            </Form>
          </div>
        ) : null}
        {data.agenda.length > 0 ? (
          <p className="no-print">
            <button type="button" className="link-button" onClick={() => window.print()}>
              {meetingCopy.printAgenda}
            </button>
          </p>
        ) : null}
      </section>

      {data.notes.length > 0 || data.actions.length > 0 ? (
        <section aria-labelledby="referat">
          <h2 id="referat">{meetingCopy.minutesHeading}</h2>
          {data.notes.map((item) => (
            <div key={item.id} className="minutes-item">
              <h3>{item.title}</h3>
              <p className="preserve-lines">{item.notesSource}</p>
              {item.notesPostId && item.thread ? (
                <p>
                  <Link to={threadPath(item.thread, item.notesPostId)}>
                    {meetingCopy.noteReachedThread}: {item.thread.title}
                  </Link>
                </p>
              ) : null}
            </div>
          ))}
          <h3 id="handlinger">{meetingCopy.actions}</h3>
          {data.actions.length === 0 ? (
            <p className="muted">{meetingCopy.noActions}</p>
          ) : (
            <ul className="admin-rows">
              {data.actions.map((action) => (
                <li key={action.id}>
                  {action.done_at ? <s>{action.description}</s> : action.description}{" "}
                  <span className="muted">
                    · {action.owner_name} · {meetingCopy.due(formatLongDate(action.due_on))}
                  </span>
                  {!action.done_at && action.canComplete ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="actionId" value={action.id} />
                      <button type="submit" name="intent" value="complete-action" className="button button--small">
                        {meetingCopy.markDone}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="tilmelding" className="no-print">
        <h2 id="tilmelding">{meetingCopy.attendance}</h2>
        <AttendanceForm answer={data.answer} open={!started} />
        <h3>{meetingCopy.whoComes}</h3>
        <WhoComes summary={data.attendance} />
      </section>

      <section aria-labelledby="forslag" className="no-print">
        <h2 id="forslag">{meetingCopy.proposals}</h2>
        <Proposals items={data.proposals} moderator={moderator && !started} open={!started} />
        {!started ? <ProposalForm result={result ?? null} /> : <p className="muted">{meetingCopy.proposalsClosed}</p>}
      </section>
    </article>
  );
}
