import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { MeetingForm, type MeetingFormValues } from "../components/meetings/meeting-form";
import { answerMeetingForm } from "../forms/meeting-form.server";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { createMeeting } from "../models/meeting.server";
import { listMunicipalities } from "../models/municipality.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.newMeeting) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const municipalities = await listMunicipalities(getDb());
  return json({ municipalities: municipalities.map(({ id, name }) => ({ id, name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  return answerMeetingForm(await readForm(request), (input) =>
    writeTransaction(getDb(), (tx) => createMeeting(tx, input, moderator.id)),
  );
}

export default function NewMeetingPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const empty: MeetingFormValues = {
    title: "",
    date: "",
    startTime: "13:00",
    endTime: "16:00",
    place: "",
    onlineUrl: "",
    hostMunicipalityId: "",
    description: "",
  };
  return (
    <>
      <h1>{meetingCopy.newMeeting}</h1>
      <MeetingForm
        values={result?.values ?? empty}
        errors={result?.fieldErrors ?? {}}
        error={result?.error ?? null}
        municipalities={municipalities}
        submitLabel={meetingFormCopy.create}
      />
    </>
  );
}
