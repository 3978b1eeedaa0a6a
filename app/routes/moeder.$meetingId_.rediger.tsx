import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { MeetingForm, type MeetingFormValues } from "../components/meetings/meeting-form";
import { meetingFormParts } from "../copy/meeting-dates";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { getDb, writeTransaction } from "../db.server";
import { answerMeetingForm } from "../forms/meeting-form.server";
import { readForm } from "../forms/read-form.server";
import { findMeeting, updateMeeting } from "../models/meeting.server";
import { listMunicipalities } from "../models/municipality.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.editMeeting) }];

async function meetingFor(params: { meetingId?: string }) {
  const id = Number(params.meetingId);
  const meeting = Number.isSafeInteger(id) && id > 0 ? await findMeeting(getDb(), id) : undefined;
  if (!meeting) throw new Response(meetingCopy.notFound, { status: 404 });
  return meeting;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireModerator(request);
  const meeting = await meetingFor(params);
  const municipalities = await listMunicipalities(getDb());
  const start = meetingFormParts(meeting.starts_at);
  const values: MeetingFormValues = {
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    endTime: meetingFormParts(meeting.ends_at).time,
    place: meeting.place,
    onlineUrl: meeting.online_url,
    hostMunicipalityId: meeting.host_municipality_id === null ? "" : String(meeting.host_municipality_id),
    description: meeting.description,
  };
  return json({ meetingId: meeting.id, values, municipalities: municipalities.map(({ id, name }) => ({ id, name })) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const meeting = await meetingFor(params);
  return answerMeetingForm(await readForm(request), async (input) => {
    await writeTransaction(getDb(), (tx) => updateMeeting(tx, meeting.id, input, moderator.id));
    return meeting.id;
  });
}

export default function EditMeetingPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/moeder/${data.meetingId}`}>{data.values.title}</Link>
      </p>
      <h1>{meetingCopy.editMeeting}</h1>
      <MeetingForm
        values={result?.values ?? data.values}
        errors={result?.fieldErrors ?? {}}
        error={result?.error ?? null}
        municipalities={data.municipalities}
        submitLabel={meetingFormCopy.save}
      />
    </>
  );
}
