import { json, redirect, type TypedResponse } from "@remix-run/node";
import { meetingFormValues, type MeetingFormValues } from "../components/meetings/meeting-form";
import { personalDataFieldErrors } from "../privacy/personal-data.server";
import { isRefusal } from "../refusal";
import type { MeetingInput } from "../models/meeting.server";
import { meetingFormSchema } from "./meeting-input";

/** What the new and edit meeting pages answer when the meeting is not saved: the form as typed, and why. */
export interface MeetingFormResult {
  values: MeetingFormValues;
  fieldErrors: Partial<Record<keyof MeetingFormValues, string[]>>;
  error: string | null;
}

/**
 * The meeting form's one path for both pages: the personal-data guard on every text, the schema, then `save`
 * (which returns the meeting's id) in the caller's transaction; a refusal comes back next to its field.
 */
export async function answerMeetingForm(
  form: FormData,
  save: (input: MeetingInput) => Promise<number>,
): Promise<TypedResponse<MeetingFormResult> | Response> {
  const values = meetingFormValues(form);
  const refused = (fieldErrors: MeetingFormResult["fieldErrors"], error: string | null, status: number) =>
    json<MeetingFormResult>({ values, fieldErrors, error }, { status });
  const textErrors = personalDataFieldErrors({
    title: values.title,
    place: values.place,
    description: values.description,
  });
  if (Object.keys(textErrors).length > 0) return refused(textErrors, null, 400);
  const parsed = meetingFormSchema.safeParse(values);
  if (!parsed.success) return refused(parsed.error.flatten().fieldErrors, null, 400);
  try {
    return redirect(`/moeder/${await save(parsed.data)}`);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return error.field
      ? refused({ [error.field]: [error.message] }, null, error.status)
      : refused({}, error.message, error.status);
  }
}
