import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import type { Track } from "../../db/schema";
import { requireMember } from "../auth/guards.server";
import { Field, FormError } from "../components/forms/field";
import { MarkdownEditor } from "../components/forms/markdown-editor";
import { TagPicker, tagOptionsById } from "../components/forms/tag-picker";
import { threadPath } from "../models/thread-path";
import { trackDescriptions, trackLabels } from "../copy/da";
import { getDb, writeTransaction } from "../db.server";
import { formToObject, MAX_TAGS, newThreadSchema, TITLE_MAX, type FieldErrors } from "../forms/post-input";
import { personalDataIssue } from "../privacy/personal-data.server";
import { renderMarkdown } from "../markdown/render.server";
import { startThread } from "../models/post.server";
import { listCategoryOptions, listTagOptions } from "../models/tag-options.server";
import { readForm } from "../forms/read-form.server";
import { StorageFaultError } from "../storage-fault.server";
import { DraftSaver } from "../components/forms/draft-saver";
import { deleteDraft, findDraft, NEW_THREAD_DRAFT } from "../models/draft.server";
import { SimilarThreads, type SimilarThreadItem } from "../components/similar-threads";
import { searchCopy } from "../copy/search";
import { findSimilarThreads } from "../search/index.server";
import { isRefusal } from "../refusal";
import { newThreadCopy } from "../copy/posting";
import { findThreadLink } from "../models/thread.server";

export const meta: MetaFunction = () => [{ title: newThreadCopy.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const [categories, tags, draft] = await Promise.all([
    listCategoryOptions(db),
    listTagOptions(db),
    findDraft(db, member.id, null),
  ]);
  const wanted = new URL(request.url).searchParams.get("kategori");
  const defaultTrack: Track = member.experience === "newcomer" ? "newcomer" : "shared";
  return json({
    categories,
    tags,
    defaultTrack,
    defaultCategoryId: categories.find((c) => c.slug === wanted)?.id ?? draft?.category_id ?? null,
    experience: member.experience,
    draft: draft ? { title: draft.title ?? "", body: draft.body } : null,
  });
}

interface NewThreadResult {
  values: { title: string; categoryId: string; track: string; tagIds: number[]; body: string };
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  previewHtml: string | null;
  /** Threads like the title, shown with the preview (the way they reach a reader without JavaScript). */
  similar?: SimilarThreadItem[];
  error: string | null;
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const form = await readForm(request);
  const raw = formToObject(form);
  const values = {
    title: String(raw.title ?? "").slice(0, 500),
    categoryId: String(raw.categoryId ?? ""),
    track: String(raw.track ?? ""),
    tagIds: (raw.tagIds as string[]).slice(0, 50).map(Number).filter(Number.isSafeInteger),
    body: String(raw.body ?? "").slice(0, 60_000),
  };
  const respond = (partial: Partial<NewThreadResult>, status: number) =>
    json<NewThreadResult>(
      { values, fieldErrors: {}, personalDataWarning: null, previewHtml: null, error: null, ...partial },
      { status },
    );

  const parsed = newThreadSchema.safeParse(raw);
  if (form.get("intent") === "preview") {
    const body = parsed.success ? parsed.data.body : values.body;
    const similar = await findSimilarThreads(getDb(), values.title);
    return respond(
      {
        previewHtml: renderMarkdown(body),
        similar,
        fieldErrors: parsed.success ? {} : parsed.error.flatten().fieldErrors,
      },
      200,
    );
  }
  if (!parsed.success) return respond({ fieldErrors: parsed.error.flatten().fieldErrors }, 400);
  const guard = personalDataIssue(
    [
      { field: "title", value: parsed.data.title },
      { field: "body", value: parsed.data.body },
    ],
    form.get("confirmPersonalData") === "yes",
  );
  if (Object.keys(guard.fieldErrors).length > 0) return respond({ fieldErrors: guard.fieldErrors }, 400);
  if (guard.warning) return respond({ personalDataWarning: guard.warning }, 409);
  try {
    const { threadId } = await writeTransaction(getDb(), (tx) =>
      startThread(tx, {
        ...parsed.data,
        authorId: member.id,
        municipalityId: member.municipality_id,
        createdAt: new Date().toISOString(),
      }).then(async (created) => {
        await deleteDraft(tx, member.id, NEW_THREAD_DRAFT);
        return created;
      }),
    );
    const thread = await findThreadLink(getDb(), threadId);
    return redirect(thread ? threadPath(thread) : "/");
  } catch (error) {
    if (isRefusal(error) || error instanceof StorageFaultError) return respond({ error: error.message }, error.status);
    throw error;
  }
}

export default function NewThreadPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values;
  const errors = result?.fieldErrors ?? {};
  const tracks: Track[] = ["newcomer", "experienced", "shared"];
  const chosenTrack = values?.track || data.defaultTrack;
  const similar = useSimilarThreads(values?.title ?? "");
  const shown = similar.threads ?? result?.similar ?? [];
  return (
    <>
      <h1>{newThreadCopy.heading}</h1>
      <p className="lead">{newThreadCopy.lead}</p>
      <Form method="post" noValidate className="form-card" id="ny-traad-form">
        <FormError message={result?.error ?? (Object.keys(errors).length > 0 ? newThreadCopy.notSaved : null)} />
        <div
          onInput={(event) =>
            similar.typed(
              (event.target as HTMLInputElement).name === "title" ? (event.target as HTMLInputElement).value : null,
            )
          }
        >
          <Field
            label={newThreadCopy.titleLabel}
            name="title"
            required
            maxLength={TITLE_MAX}
            defaultValue={values?.title ?? data.draft?.title ?? ""}
            error={errors.title}
            hint={newThreadCopy.titleHint}
          />
        </div>
        <div aria-live="polite">
          <SimilarThreads threads={shown} heading={searchCopy.similarBeforeAsking} id="lignende-overskrift" />
        </div>
        <div className={errors.categoryId ? "field field--invalid" : "field"}>
          <label htmlFor="felt-kategori">{newThreadCopy.category}</label>
          <select
            id="felt-kategori"
            name="categoryId"
            defaultValue={values?.categoryId || String(data.defaultCategoryId ?? data.categories[0]?.id ?? "")}
          >
            {data.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
          {errors.categoryId ? <p className="field__error">{errors.categoryId[0]}</p> : null}
        </div>
        <fieldset className="field">
          <legend>{newThreadCopy.track}</legend>
          <p className="field__hint">
            {data.experience === "newcomer" ? newThreadCopy.trackHintNewcomer : newThreadCopy.trackHint}
          </p>
          {tracks.map((track) => (
            <label key={track} className="radio">
              <input type="radio" name="track" value={track} defaultChecked={chosenTrack === track} />{" "}
              {trackLabels[track]} – <span className="muted">{trackDescriptions[track]}</span>
            </label>
          ))}
          {errors.track ? <p className="field__error">{errors.track[0]}</p> : null}
        </fieldset>
        <TagPicker
          options={tagOptionsById(data.tags)}
          selected={(values?.tagIds ?? []).map(String)}
          error={errors.tagIds}
          max={MAX_TAGS}
        />
        <MarkdownEditor
          label={newThreadCopy.bodyLabel}
          defaultValue={values?.body ?? data.draft?.body ?? ""}
          error={errors.body}
          previewHtml={result?.previewHtml}
          personalDataWarning={result?.personalDataWarning}
          rows={12}
        />
        <DraftSaver formId="ny-traad-form" threadId={null} restored={Boolean(data.draft) && !result} />
        <button type="submit" name="intent" value="create" className="button button--primary">
          {newThreadCopy.create}
        </button>
      </Form>
    </>
  );
}

const SIMILAR_DEBOUNCE_MS = 350;

/** Similar threads for the title as it is typed: asked for once typing pauses, from /api/lignende. */
function useSimilarThreads(initialTitle: string) {
  const fetcher = useFetcher<{ threads: SimilarThreadItem[] }>();
  const [title, setTitle] = useState<string | null>(null);
  const { load } = fetcher;
  useEffect(() => {
    if (title === null || title === initialTitle) return;
    const timer = setTimeout(
      () => load(`/api/lignende?${new URLSearchParams({ titel: title }).toString()}`),
      SIMILAR_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [title, initialTitle, load]);
  return {
    threads: title === null ? undefined : fetcher.data?.threads,
    typed: (value: string | null) => value !== null && setTitle(value),
  };
}
