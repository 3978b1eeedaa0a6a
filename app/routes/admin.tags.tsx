import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireModerator } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { tagKindLabels } from "../copy/da";
import { getDb, writeTransaction } from "../db.server";
import { lineField } from "../forms/profile-fields";
import { readForm } from "../forms/read-form.server";
import { addSynonym, createTag, listSynonyms, mergeTags, removeSynonym, updateTag } from "../models/tag-admin.server";
import { listTagsWithCounts } from "../models/tag.server";
import { personalDataError } from "../privacy/personal-data.server";
import { StorageFaultError } from "../storage-fault.server";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { fieldNames } from "../copy/forms";
import { tagsAdminCopy } from "../copy/admin-tags";

export const meta: MetaFunction = () => [{ title: tagsAdminCopy.title }];

const id = z.coerce.number().int().positive();
const kind = z.enum(["case", "theme"]);
const description = z
  .string()
  .max(600, tagsAdminCopy.descriptionTooLong)
  .transform((s) => s.trim());
const label = lineField({ label: fieldNames.name, min: 2, max: 40 });
const word = lineField({ label: fieldNames.word, min: 1, max: 40 });
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), label, kind, description }),
  z.object({ intent: z.literal("update"), tagId: id, label, kind, description }),
  z.object({ intent: z.literal("merge"), sourceId: id, targetId: id }),
  z.object({
    intent: z.literal("synonym-add"),
    term: word,
    expansion: lineField({ label: fieldNames.expansion, min: 2, max: 120 }),
  }),
  z.object({ intent: z.literal("synonym-remove"), synonymId: id }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const db = getDb();
  return json({ tags: await listTagsWithCounts(db), synonyms: await listSynonyms(db) });
}

export async function action({ request }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return json({ error: parsed.error.issues[0]?.message ?? tagsAdminCopy.fillInFields, done: null }, { status: 400 });
  const change = parsed.data;
  if (change.intent === "create" || change.intent === "update") {
    // Tag descriptions are shown on every tag page; labels are checked by lineField.
    const refused = personalDataError(change.description);
    if (refused) return json({ error: refused, done: null }, { status: 400 });
  }
  try {
    await writeTransaction(getDb(), async (tx) => {
      const actorId = moderator.id;
      if (change.intent === "create") await createTag(tx, { ...change, actorId });
      else if (change.intent === "update") await updateTag(tx, { ...change, actorId });
      else if (change.intent === "merge") await mergeTags(tx, { ...change, actorId });
      else if (change.intent === "synonym-add") await addSynonym(tx, { ...change, actorId });
      else await removeSynonym(tx, { id: change.synonymId, actorId });
    });
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, { done: null });
    if (error instanceof StorageFaultError) return json({ error: error.message, done: null }, { status: error.status });
    throw error;
  }
  return json({ error: null, done: tagsAdminCopy.saved });
}

export default function TagAdminPage() {
  const { tags, synonyms } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{tagsAdminCopy.heading}</h1>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}
      <section className="form-card" aria-labelledby="new-tag">
        <h2 id="new-tag">{tagsAdminCopy.newTag}</h2>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="create" />
          <label htmlFor="tag-label">{tagsAdminCopy.name}</label>
          <input id="tag-label" name="label" required maxLength={40} />
          <label htmlFor="tag-kind">{tagsAdminCopy.kind}</label>
          <select id="tag-kind" name="kind">
            <option value="case">{tagKindLabels.case}</option>
            <option value="theme">{tagKindLabels.theme}</option>
          </select>
          <label htmlFor="tag-description">{tagsAdminCopy.description}</label>
          <input id="tag-description" name="description" maxLength={600} />
          <button type="submit" className="button button--primary">
            {tagsAdminCopy.create}
          </button>
        </Form>
      </section>
      <h2>{tagsAdminCopy.tagsHeading}</h2>
      <p className="muted">{tagsAdminCopy.descriptionHint}</p>
      <ul className="admin-rows">
        {tags.map((tag) => (
          <li key={tag.id}>
            <Form method="post" className="row-form" aria-label={`Redigér ${tag.label}`}>
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="tagId" value={tag.id} />
              <input name="label" defaultValue={tag.label} aria-label={tagsAdminCopy.name} maxLength={40} />
              <select name="kind" defaultValue={tag.kind} aria-label={tagsAdminCopy.kind}>
                <option value="case">{tagKindLabels.case}</option>
                <option value="theme">{tagKindLabels.theme}</option>
              </select>
              <input
                name="description"
                defaultValue={tag.description}
                aria-label={tagsAdminCopy.description}
                maxLength={600}
                className="wide-input"
              />
              <span className="muted">{tagsAdminCopy.threadCount(tag.thread_count)}</span>
              <button type="submit" className="button">
                {tagsAdminCopy.save}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section className="form-card" aria-labelledby="merge-tags">
        <h2 id="merge-tags">{tagsAdminCopy.mergeHeading}</h2>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="merge" />
          <label htmlFor="merge-source">{tagsAdminCopy.merge}</label>
          <select id="merge-source" name="sourceId">
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.label}
              </option>
            ))}
          </select>
          <label htmlFor="merge-target">{tagsAdminCopy.into}</label>
          <select id="merge-target" name="targetId">
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--danger">
            {tagsAdminCopy.merge}
          </button>
        </Form>
      </section>
      <section aria-labelledby="synonyms">
        <h2 id="synonyms">{tagsAdminCopy.synonymsHeading}</h2>
        <p className="muted">{tagsAdminCopy.synonymsLead}</p>
        <ul className="member-list">
          {synonyms.map((synonym) => (
            <li key={synonym.id} className="row-form">
              <span>
                <strong>{synonym.term.toUpperCase()}</strong> = {synonym.expansion}
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="synonym-remove" />
                <input type="hidden" name="synonymId" value={synonym.id} />
                <button type="submit" className="link-button">
                  {tagsAdminCopy.remove}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="synonym-add" />
          <label htmlFor="syn-term">{tagsAdminCopy.word}</label>
          <input id="syn-term" name="term" required maxLength={40} />
          <label htmlFor="syn-expansion">{tagsAdminCopy.expansion}</label>
          <input id="syn-expansion" name="expansion" required maxLength={120} />
          <button type="submit" className="button">
            {tagsAdminCopy.add}
          </button>
        </Form>
      </section>
    </>
  );
}
