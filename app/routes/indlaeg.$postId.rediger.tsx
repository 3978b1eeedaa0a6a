import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember, type CurrentMember } from "../auth/guards.server";
import { canEditPost } from "../auth/permissions";
import { Field, FormError } from "../components/forms/field";
import { MarkdownEditor } from "../components/forms/markdown-editor";
import { TagPicker, tagOptionsById } from "../components/forms/tag-picker";
import { threadPath } from "../models/thread-path";
import { getDb, writeTransaction } from "../db.server";
import {
  bodySchema,
  formToObject,
  MAX_TAGS,
  tagIdsSchema,
  TITLE_MAX,
  titleSchema,
  type FieldErrors,
} from "../forms/post-input";
import { personalDataIssue } from "../privacy/personal-data.server";
import { renderMarkdown } from "../markdown/render.server";
import { editPost, findPostForEdit } from "../models/post.server";
import { listTagOptions } from "../models/tag-options.server";
import { readForm } from "../forms/read-form.server";
import { StorageFaultError } from "../storage-fault.server";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { isRefusal } from "../refusal";
import { listThreadTagIds } from "../models/tag.server";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";
import { editPostCopy, historyCopy } from "../copy/everyday";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorPageTitle(error) : editPostCopy.title }];

async function loadEditablePost(member: CurrentMember, postIdParam: string | undefined) {
  const postId = Number(postIdParam);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const post = await findPostForEdit(getDb(), postId);
  invariantResponse(post && !post.deleted_at, notFound.post, { status: 404 });
  if (!canEditPost(member, { author_id: post.author_id })) throw new Response(editPostCopy.onlyOwn, { status: 403 });
  if (!canEditPost(member, { author_id: post.author_id, locked: Boolean(post.locked) }))
    throw new Response(editPostCopy.locked, { status: 403 });
  return { post, isOpening: post.first_post_id === post.id };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const { post, isOpening } = await loadEditablePost(member, params.postId);
  const db = getDb();
  const [tags, chosen] = await Promise.all([
    isOpening ? listTagOptions(db) : Promise.resolve([]),
    isOpening ? listThreadTagIds(db, post.thread_id) : Promise.resolve([]),
  ]);
  return json({
    post: {
      id: post.id,
      body: post.body_source,
      title: post.title,
      threadUrl: threadPath({ id: post.thread_id, slug: post.slug }),
    },
    isOpening,
    tags,
    chosenTagIds: chosen,
  });
}

const editSchema = z.object({ body: bodySchema, title: titleSchema.optional(), tagIds: tagIdsSchema });

interface EditResult {
  values: { body: string; title: string; tagIds: number[] };
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  previewHtml: string | null;
  error: string | null;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const { post, isOpening } = await loadEditablePost(member, params.postId);
  const form = await readForm(request);
  const raw = formToObject(form);
  const values = {
    body: String(raw.body ?? "").slice(0, 60_000),
    title: String(raw.title ?? "").slice(0, 500),
    tagIds: (raw.tagIds as string[]).slice(0, 50).map(Number),
  };
  const respond = (partial: Partial<EditResult>, status: number) =>
    json<EditResult>(
      { values, fieldErrors: {}, personalDataWarning: null, previewHtml: null, error: null, ...partial },
      { status },
    );
  const parsed = editSchema.safeParse(isOpening ? raw : { body: raw.body, tagIds: [] });
  if (form.get("intent") === "preview")
    return respond({ previewHtml: renderMarkdown(parsed.success ? parsed.data.body : values.body) }, 200);
  if (!parsed.success) return respond({ fieldErrors: parsed.error.flatten().fieldErrors }, 400);
  const texts = [{ field: "body", value: parsed.data.body }];
  if (parsed.data.title) texts.push({ field: "title", value: parsed.data.title });
  const guard = personalDataIssue(texts, form.get("confirmPersonalData") === "yes");
  if (Object.keys(guard.fieldErrors).length > 0) return respond({ fieldErrors: guard.fieldErrors }, 400);
  if (guard.warning) return respond({ personalDataWarning: guard.warning }, 409);
  try {
    await writeTransaction(getDb(), (tx) =>
      editPost(tx, {
        postId: post.id,
        editorId: member.id,
        body: parsed.data.body,
        title: isOpening ? parsed.data.title : undefined,
        tagIds: isOpening ? parsed.data.tagIds : undefined,
        at: new Date().toISOString(),
      }),
    );
  } catch (error) {
    if (isRefusal(error) || error instanceof StorageFaultError) return respond({ error: error.message }, error.status);
    throw error;
  }
  return redirect(threadPath({ id: post.thread_id, slug: post.slug }, post.id));
}

export default function EditPostPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.fieldErrors ?? {};
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to={data.post.threadUrl}>{historyCopy.backToThread}</Link>
      </nav>
      <h1>{editPostCopy.heading(data.isOpening)}</h1>
      <p className="lead">{editPostCopy.lead}</p>
      <Form method="post" noValidate className="form-card">
        <FormError message={result?.error ?? (Object.keys(errors).length > 0 ? editPostCopy.notSaved : null)} />
        {data.isOpening ? (
          <>
            <Field
              label={editPostCopy.titleLabel}
              name="title"
              required
              maxLength={TITLE_MAX}
              defaultValue={result?.values.title ?? data.post.title}
              error={errors.title}
            />
            <TagPicker
              options={tagOptionsById(data.tags)}
              selected={(result?.values.tagIds ?? data.chosenTagIds).map(String)}
              error={errors.tagIds}
              max={MAX_TAGS}
            />
          </>
        ) : null}
        <MarkdownEditor
          label={editPostCopy.bodyLabel}
          defaultValue={result?.values.body ?? data.post.body}
          error={errors.body}
          previewHtml={result?.previewHtml}
          personalDataWarning={result?.personalDataWarning}
          rows={12}
        />
        <button type="submit" name="intent" value="save" className="button button--primary">
          {editPostCopy.save}
        </button>{" "}
        <Link to={data.post.threadUrl}>{editPostCopy.cancel}</Link>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
