import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { threadPath } from "../models/thread-path";
import { formatDateTime } from "../copy/dates";
import { getDb, writeTransaction } from "../db.server";
import { titleSchema } from "../forms/post-input";
import { personalDataIssue } from "../privacy/personal-data.server";
import { readForm } from "../forms/read-form.server";
import { splitThread } from "../models/thread-moderation.server";
import { StorageFaultError } from "../storage-fault.server";
import { invariantResponse } from "../invariant";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { findThreadHeading, listPostsForSplit } from "../models/thread-heading.server";
import { notFound } from "../copy/not-found";
import { splitThreadCopy } from "../copy/thread-moderation";
import { browseCopy } from "../copy/browse";
import { historyCopy } from "../copy/everyday";

export const meta: MetaFunction = () => [{ title: splitThreadCopy.title }];

async function loadThread(threadIdParam: string | undefined) {
  const threadId = Number(threadIdParam);
  const thread = await findThreadHeading(getDb(), threadId);
  invariantResponse(thread, notFound.thread, { status: 404 });
  return thread;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireModerator(request);
  const thread = await loadThread(params.threadId);
  const posts = await listPostsForSplit(getDb(), thread.id);
  return json({
    thread: { ...thread, url: threadPath(thread) },
    posts: posts.map((post) => ({
      ...post,
      excerpt: post.deleted_at ? splitThreadCopy.postDeleted : post.body_source.slice(0, 240),
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const moderator = await requireModerator(request);
  const thread = await loadThread(params.threadId);
  const form = await readForm(request);
  const title = titleSchema.safeParse(form.get("title") ?? "");
  if (!title.success)
    return json({ error: title.error.issues[0]?.message ?? splitThreadCopy.titleMissing }, { status: 400 });
  const guard = personalDataIssue([{ field: "title", value: title.data }], false);
  if (guard.fieldErrors.title) return json({ error: guard.fieldErrors.title[0] ?? "" }, { status: 400 });
  const postIds = form.getAll("postIds").map(Number).filter(Number.isSafeInteger);
  try {
    const newThreadId = await writeTransaction(getDb(), (tx) =>
      splitThread(tx, { threadId: thread.id, postIds, title: title.data, actorId: moderator.id }),
    );
    const created = await findThreadHeading(getDb(), newThreadId);
    invariantResponse(created, notFound.thread, { status: 404 });
    return redirect(threadPath(created));
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, {});
    if (error instanceof StorageFaultError) return json({ error: error.message }, { status: error.status });
    throw error;
  }
}

export default function SplitThreadPage() {
  const { thread, posts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to={thread.url}>{historyCopy.backToThread}</Link>
      </nav>
      <h1>{splitThreadCopy.heading(thread.title)}</h1>
      <p className="lead">{splitThreadCopy.lead}</p>
      <Form method="post" className="form-card">
        <FormError message={result?.error} />
        <div className="field">
          <label htmlFor="ny-titel">{splitThreadCopy.newTitle}</label>
          <input id="ny-titel" name="title" required maxLength={150} />
        </div>
        <fieldset className="field">
          <legend>{splitThreadCopy.repliesToMove}</legend>
          {posts.map((post, index) => (
            <label key={post.id} className="radio split-choice">
              <input
                type="checkbox"
                name="postIds"
                value={post.id}
                disabled={index === 0 || Boolean(post.deleted_at)}
              />{" "}
              <strong>{post.display_name}</strong>, {formatDateTime(post.created_at)}
              <span className="muted"> – {post.excerpt}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button button--primary">
          {splitThreadCopy.create}
        </button>
      </Form>
    </>
  );
}
