import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { MeetingForm, meetingFormValues, type MeetingFormValues } from "../components/meetings/meeting-form";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { getDb, writeTransaction } from "../db.server";
import { meetingFormSchema } from "../forms/meeting-input";
import { readForm } from "../forms/read-form.server";
import { personalDataFieldErrors } from "../privacy/personal-data.server";
import { createMeeting } from "../models/meeting.server";
import { listMunicipalities } from "../models/municipality.server";
import { isRefusal } from "../refusal";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.newMeeting) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const municipalities = await listMunicipalities(getDb());
  return json({ municipalities: municipalities.map(({ id, name }) => ({ id, name })) });
}

interface MeetingFormResult {
  values: MeetingFormValues;
  fieldErrors: Partial<Record<keyof MeetingFormValues, string[]>>;
  error: string | null;
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const form = await readForm(request);
  const values = meetingFormValues(form);
  const parsed = meetingFormSchema.safeParse(values);
  const textErrors = personalDataFieldErrors({
    title: values.title,
    place: values.place,
    description: values.description,
  });
  if (Object.keys(textErrors).length > 0)
    return json({ values, fieldErrors: textErrors, error: null as string | null }, { status: 400 });
  if (!parsed.success)
    return json<MeetingFormResult>(
      { values, fieldErrors: parsed.error.flatten().fieldErrors, error: null },
      { status: 400 },
    );
  try {
    const id = await writeTransaction(getDb(), (tx) => createMeeting(tx, parsed.data, moderator.id));
    return redirect(`/moeder/${id}`);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const fieldErrors = error.field ? { [error.field]: [error.message] } : {};
    return json<MeetingFormResult>(
      { values, fieldErrors, error: error.field ? null : error.message },
      { status: error.status },
    );
  }
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
