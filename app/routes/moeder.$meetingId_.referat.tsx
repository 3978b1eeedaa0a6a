import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import type { Track } from "../../db/schema";
import { requireModerator } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { trackLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { meetingCopy, meetingFormCopy } from "../copy/meetings";
import { getDb, writeTransaction } from "../db.server";
import { textField } from "../forms/meeting-input";
import { readForm } from "../forms/read-form.server";
import { personalDataFieldErrors } from "../privacy/personal-data.server";
import { listAgendaItems } from "../models/agenda.server";
import { findMeeting, meetingHasStarted } from "../models/meeting.server";
import {
  addMeetingAction,
  articleFromNotes,
  listMeetingActions,
  publishMinutes,
  saveMinutes,
  type NewThreadPlace,
} from "../models/minutes.server";
import { listCategoryOptions } from "../models/tag-options.server";
import { threadPath } from "../models/thread-path";
import { isRefusal } from "../refusal";
import { listActiveMemberOptions } from "../models/member.server";
import { fieldNames } from "../copy/forms";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(meetingCopy.writeMinutes) }];

const TRACKS: Track[] = ["shared", "newcomer", "experienced"];
const notesField = textField({ label: fieldNames.notes, max: 20_000 });
const actionSchema = z.object({
  description: textField({ label: fieldNames.action, max: 500, required: true }),
  ownerId: z.coerce
    .number({ invalid_type_error: meetingCopy.actionOwnerMissing })
    .int()
    .positive(meetingCopy.actionOwnerMissing),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, meetingFormCopy.chooseDueDate),
  itemId: z
    .string()
    .default("")
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number().int().positive().nullable()),
});

async function startedMeetingFor(params: { meetingId?: string }) {
  const id = Number(params.meetingId);
  const meeting = Number.isSafeInteger(id) && id > 0 ? await findMeeting(getDb(), id) : undefined;
  if (!meeting) throw new Response(meetingCopy.notFound, { status: 404 });
  return meeting;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const moderator = await requireModerator(request);
  const meeting = await startedMeetingFor(params);
  const db = getDb();
  const [items, actions, categories, members] = await Promise.all([
    listAgendaItems(db, meeting.id, moderator.id),
    listMeetingActions(db, meeting.id),
    listCategoryOptions(db),
    listActiveMemberOptions(db),
  ]);
  return json({
    meeting,
    started: meetingHasStarted(meeting),
    items: items.filter((item) => item.status === "accepted"),
    actions,
    categories,
    members,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const meeting = await startedMeetingFor(params);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const db = getDb();
  const notesValues: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (key.startsWith("notes-") && typeof value === "string") notesValues[key] = value.slice(0, 21_000);
  const answer = (
    partial: { error?: string | null; fieldErrors?: Record<string, string[]>; done?: string | null },
    status: number,
  ) => json({ error: null, fieldErrors: {}, done: null, notesValues, ...partial }, { status });
  try {
    if (intent === "save" || intent === "publish") {
      const notes = new Map<number, string>();
      const fieldErrors: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(notesValues)) {
        const parsed = notesField.safeParse(value);
        const readerError = parsed.success ? personalDataFieldErrors({ [key]: parsed.data })[key] : undefined;
        if (parsed.success && !readerError) notes.set(Number(key.slice("notes-".length)), parsed.data);
        else
          fieldErrors[key] = readerError ?? (parsed.success ? [] : parsed.error.issues.map((issue) => issue.message));
      }
      if (Object.keys(fieldErrors).length > 0) return answer({ fieldErrors }, 400);
      const places = new Map<number, NewThreadPlace>();
      for (const itemId of notes.keys()) {
        const categoryId = Number(form.get(`category-${itemId}`));
        const track = String(form.get(`track-${itemId}`) ?? "shared");
        if (categoryId > 0 && TRACKS.includes(track as Track))
          places.set(itemId, { categoryId, track: track as Track });
      }
      const posted = await writeTransaction(db, async (tx) => {
        await saveMinutes(tx, meeting.id, notes, moderator.id);
        return intent === "publish"
          ? publishMinutes(tx, {
              meetingId: meeting.id,
              moderatorId: moderator.id,
              municipalityId: moderator.municipality_id,
              newThreadPlaces: places,
            })
          : null;
      });
      return answer({ done: posted === null ? meetingCopy.saved : meetingCopy.minutesPublished }, 200);
    }
    if (intent === "add-action") {
      const parsed = actionSchema.safeParse(Object.fromEntries(form));
      if (!parsed.success)
        return answer({ fieldErrors: parsed.error.flatten().fieldErrors as Record<string, string[]> }, 400);
      const textErrors = personalDataFieldErrors({ description: parsed.data.description });
      if (Object.keys(textErrors).length > 0)
        return answer({ fieldErrors: textErrors as Record<string, string[]> }, 400);
      await writeTransaction(db, (tx) =>
        addMeetingAction(tx, { meetingId: meeting.id, moderatorId: moderator.id, ...parsed.data }),
      );
      return redirect(`/moeder/${meeting.id}/referat#handlinger`);
    }
    // "Lav en Vidensbank-artikel" is a submit button of the notes form, carrying its item's id.
    if (form.has("articleItemId")) {
      const itemId = Number(form.get("articleItemId"));
      const article = await writeTransaction(db, (tx) => articleFromNotes(tx, itemId, moderator.id));
      return redirect(`/vidensbank/${article.slug}/rediger`);
    }
    return answer({ error: meetingFormCopy.unknownIntent }, 400);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return answer(
      error.field ? { fieldErrors: { [error.field]: [error.message] } } : { error: error.message },
      error.status,
    );
  }
}

export default function MinutesPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {};
  if (!data.started) {
    return (
      <>
        <h1>{meetingCopy.writeMinutes}</h1>
        <p className="empty">{meetingCopy.minutesBeforeMeeting}</p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/moeder/${data.meeting.id}`}>{data.meeting.title}</Link>
      </p>
      <h1>
        {meetingCopy.minutesHeading}: {data.meeting.title}
      </h1>
      <FormError message={result?.error ?? (Object.keys(errors).length > 0 ? meetingFormCopy.minutesNotSaved : null)} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}
      <Form method="post" className="form-card">
        {data.items.map((item) => {
          const key = `notes-${item.id}`;
          return (
            <fieldset key={item.id} className="minutes-item">
              <legend>{item.title}</legend>
              <div className={errors[key] ? "field field--invalid" : "field"}>
                <label htmlFor={key}>{meetingCopy.notesFor(item.title)}</label>
                <textarea
                  id={key}
                  name={key}
                  rows={5}
                  defaultValue={result?.notesValues[key] ?? item.notesSource}
                  readOnly={item.notesPostId !== null}
                  aria-invalid={errors[key] ? true : undefined}
                />
                {errors[key] ? (
                  <p className="field__error" role="alert">
                    {errors[key][0]}
                  </p>
                ) : null}
              </div>
              {item.notesPostId !== null && item.thread ? (
                <p>
                  <Link to={threadPath(item.thread, item.notesPostId)}>{meetingCopy.noteReachedThread}</Link>{" "}
                  <button
                    type="submit"
                    name="articleItemId"
                    value={item.id}
                    className="button button--small"
                    formNoValidate
                  >
                    {meetingCopy.makeArticle}
                  </button>
                </p>
              ) : item.thread ? (
                <p className="muted">
                  {meetingCopy.fromThread}: {item.thread.title}
                </p>
              ) : (
                <div className="field-row">
                  <div className="field">
                    <label htmlFor={`category-${item.id}`}>{meetingFormCopy.newThreadInCategory}</label>
                    <select
                      id={`category-${item.id}`}
                      name={`category-${item.id}`}
                      defaultValue={String(data.categories[0]?.id ?? "")}
                    >
                      {data.categories.map((category) => (
                        <option key={category.id} value={category.id}>
                          {category.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`track-${item.id}`}>{meetingFormCopy.track}</label>
                    <select id={`track-${item.id}`} name={`track-${item.id}`} defaultValue="shared">
                      {TRACKS.map((track) => (
                        <option key={track} value={track}>
                          {trackLabels[track]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
              )}
            </fieldset>
          );
        })}
        <button type="submit" name="intent" value="save" className="button">
          {meetingCopy.saveMinutes}
        </button>{" "}
        <button type="submit" name="intent" value="publish" className="button button--primary">
          {meetingCopy.publishMinutes}
        </button>
      </Form>

      <section aria-labelledby="handlinger">
        <h2 id="handlinger">{meetingCopy.actions}</h2>
        {data.actions.length === 0 ? (
          <p className="muted">{meetingCopy.noActions}</p>
        ) : (
          <ul className="admin-rows">
            {data.actions.map((action) => (
              <li key={action.id}>
                {action.description}{" "}
                <span className="muted">
                  · {action.owner_name} · {meetingCopy.due(formatLongDate(action.due_on))}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Form method="post" className="form-card">
          <div className={errors.description ? "field field--invalid" : "field"}>
            <label htmlFor="handling">{meetingCopy.actionDescription}</label>
            <input id="handling" name="description" maxLength={500} required />
            {errors.description ? <p className="field__error">{errors.description[0]}</p> : null}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="ansvarlig">{meetingCopy.actionOwner}</label>
              <select id="ansvarlig" name="ownerId" defaultValue="">
                <option value="">{meetingFormCopy.choose}</option>
                {data.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.display_name}
                  </option>
                ))}
              </select>
              {errors.ownerId ? <p className="field__error">{errors.ownerId[0]}</p> : null}
            </div>
            <div className="field">
              <label htmlFor="frist">{meetingCopy.actionDue}</label>
              <input id="frist" name="dueOn" type="date" required />
              {errors.dueOn ? <p className="field__error">{errors.dueOn[0]}</p> : null}
            </div>
          </div>
          <button type="submit" name="intent" value="add-action" className="button">
            {meetingCopy.addAction}
          </button>
        </Form>
      </section>
    </>
  );
}
