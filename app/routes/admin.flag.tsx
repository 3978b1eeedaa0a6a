import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireModerator } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { formatDateTime } from "../copy/dates";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import {
  dismissFlags,
  findOpenFlag,
  hidePost,
  listOpenFlags,
  warnAuthor,
  warningNoteSchema,
} from "../models/flag.server";
import { redactPostForGood } from "../models/redaction.server";
import { FLAG_REASON_LABELS } from "./t.$threadRef/flag-form";
import { threadPath } from "../models/thread-path";
import { StorageFaultError } from "../storage-fault.server";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { flagQueue } from "../copy/flag-queue";
import { flagQueueActionCopy } from "../copy/flag-queue";
import { formCopy } from "../copy/forms";

export const meta: MetaFunction = () => [{ title: flagQueue.title }];

const DONE_MESSAGES = flagQueue.done;

const actionSchema = z.object({
  flagId: z.coerce.number().int().positive(),
  intent: z.enum(["dismiss", "hide", "redact", "warn"]),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const flags = await listOpenFlags(getDb());
  return json({ flags });
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const form = await readForm(request);
  const parsed = actionSchema.safeParse({ flagId: form.get("flagId"), intent: form.get("intent") });
  if (!parsed.success) throw new Response(formCopy.unknownIntent, { status: 400 });
  const { flagId, intent } = parsed.data;
  const db = getDb();
  const flag = await findOpenFlag(db, flagId);
  // A second moderator acting on the same flag finds it closed; that is not an error worth more than a note.
  if (!flag) return json({ flagId, error: flagQueueActionCopy.alreadyHandled }, { status: 409 });
  const at = new Date().toISOString();
  const input = { postId: flag.post_id, moderatorId: moderator.id, at };
  try {
    if (intent === "dismiss") await writeTransaction(db, (tx) => dismissFlags(tx, input));
    if (intent === "hide") await writeTransaction(db, (tx) => hidePost(tx, input));
    if (intent === "warn") {
      const note = warningNoteSchema.safeParse(form.get("note") ?? "");
      if (!note.success)
        return json(
          { flagId, error: note.error.issues[0]?.message ?? flagQueueActionCopy.messageMissing },
          { status: 400 },
        );
      await writeTransaction(db, (tx) => warnAuthor(tx, { ...input, note: note.data }));
    }
    if (intent === "redact") {
      const text = String(form.get("text") ?? "");
      const { purged } = await redactPostForGood(db, { postId: flag.post_id, text, moderatorId: moderator.id });
      return redirect(`/admin/flag?udfoert=${purged ? "redact" : "redact-partial"}`);
    }
  } catch (error) {
    // The message never repeats the text to remove, so it is safe to send back.
    if (isRefusal(error)) return refusalResult(error, { flagId });
    if (error instanceof StorageFaultError) return json({ flagId, error: error.message }, { status: error.status });
    throw error;
  }
  return redirect(`/admin/flag?udfoert=${intent}`);
}

export default function FlagQueuePage() {
  const { flags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = DONE_MESSAGES[searchParams.get("udfoert") ?? ""];
  return (
    <>
      <h1>{flagQueue.heading}</h1>
      {done ? (
        <p className="form-success" role="status">
          {done}
        </p>
      ) : null}
      {flags.length === 0 ? <p className="muted">{flagQueue.empty}</p> : <p className="muted">{flagQueue.order}</p>}
      <ol className="flag-queue">
        {flags.map((flag) => (
          <li key={flag.id} className="form-card flag-queue__item">
            <article aria-labelledby={`anmeldelse-${flag.id}`}>
              <h2 id={`anmeldelse-${flag.id}`}>
                <a href={threadPath({ id: flag.thread_id, slug: flag.thread_slug }, flag.post_id)}>
                  {flag.thread_title}
                </a>
              </h2>
              <p>
                <strong>{FLAG_REASON_LABELS[flag.reason]}</strong>
                {flagQueue.flaggedBy}
                {flag.flagger_name}, <time dateTime={flag.created_at}>{formatDateTime(flag.created_at)}</time>
                {flag.hidden
                  ? flagQueue.hiddenByModerator
                  : flag.reason === "personal_data"
                    ? flagQueue.hiddenUntilHandled
                    : ""}
                {flag.post_deleted_at ? flagQueue.deleted : ""}
              </p>
              {flag.note ? (
                <p>
                  {flagQueue.notePrefix}
                  {flag.note}
                </p>
              ) : null}
              <p className="muted" id={`anmeldelse-${flag.id}-forfatter`}>
                {flagQueue.postBy}
                {flag.author_name}:
              </p>
              <div
                className="prose flag-queue__post"
                aria-labelledby={`anmeldelse-${flag.id}-forfatter`}
                role="group"
                dangerouslySetInnerHTML={{ __html: flag.body_html }}
              />
              {result && "flagId" in result && result.flagId === flag.id ? <FormError message={result.error} /> : null}
              <div className="post__actions">
                <Form method="post">
                  <input type="hidden" name="flagId" value={flag.id} />
                  <button type="submit" name="intent" value="dismiss" className="button">
                    {flagQueue.dismiss}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="flagId" value={flag.id} />
                  <button type="submit" name="intent" value="hide" className="button">
                    {flagQueue.hide}
                  </button>
                </Form>
                <a href={`/indlaeg/${flag.post_id}/rediger`}>{flagQueue.edit}</a>
              </div>
              <details>
                <summary>{flagQueue.redactSummary}</summary>
                <Form method="post">
                  <input type="hidden" name="flagId" value={flag.id} />
                  <div className="field">
                    <label htmlFor={`fjern-${flag.id}`}>{flagQueue.redactLabel}</label>
                    <p className="field__hint" id={`fjern-${flag.id}-hint`}>
                      {flagQueue.redactHint}
                    </p>
                    <input
                      id={`fjern-${flag.id}`}
                      name="text"
                      type="text"
                      required
                      minLength={3}
                      autoComplete="off"
                      aria-describedby={`fjern-${flag.id}-hint`}
                    />
                  </div>
                  <button type="submit" name="intent" value="redact" className="button">
                    {flagQueue.redact}
                  </button>
                </Form>
              </details>
              <details>
                <summary>{flagQueue.warnSummary}</summary>
                <Form method="post">
                  <input type="hidden" name="flagId" value={flag.id} />
                  <div className="field">
                    <label htmlFor={`advar-${flag.id}`}>
                      {flagQueue.warnLabelPrefix}
                      {flag.author_name}
                      {flagQueue.warnLabelSuffix}
                    </label>
                    <textarea id={`advar-${flag.id}`} name="note" rows={3} maxLength={2000} required />
                  </div>
                  <button type="submit" name="intent" value="warn" className="button">
                    {flagQueue.warn}
                  </button>
                </Form>
              </details>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
