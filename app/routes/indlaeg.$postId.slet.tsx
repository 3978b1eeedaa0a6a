import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireMember, type CurrentMember } from "../auth/guards.server";
import { canDeletePost } from "../auth/permissions";
import { FormError } from "../components/forms/field";
import { deleteCopy, historyCopy, UNDO_MINUTES } from "../copy/everyday";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { postPermalink } from "../forms/quote";
import { excerptOf } from "../models/bookmark.server";
import { canUndoDelete, deletePost, findPostForEdit, mayDeletePost, restoreDeletedPost } from "../models/post.server";
import { threadPath } from "../models/thread-path";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { isRefusal } from "../refusal";
import { refusalResult } from "../refusal.server";
import { findPostDeletion } from "../models/post.server";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";
import { pageTitle } from "../copy/pages";
import { formCopy } from "../copy/forms";

export const meta: MetaFunction = ({ error }) => [
  { title: error ? errorPageTitle(error) : pageTitle(deleteCopy.pageTitle) },
];

async function loadDeletablePost(member: CurrentMember, postIdParam: string | undefined) {
  const postId = Number(postIdParam);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const db = getDb();
  const post = await findPostForEdit(db, postId);
  invariantResponse(post, notFound.post, { status: 404 });
  if (!canDeletePost(member, post)) throw new Response(deleteCopy.onlyOwn, { status: 403 });
  const deletion = await findPostDeletion(db, postId);
  return {
    post,
    deletion,
    allowed: mayDeletePost({ isOpening: post.first_post_id === post.id }, { replyCount: deletion.reply_count }),
  };
}

// The confirmation step: «Slet» on the thread page links here, so nothing is deleted by one stray click, with or without JavaScript.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const { post, deletion, allowed } = await loadDeletablePost(member, params.postId);
  return json({
    refusal: allowed ? null : deleteCopy.openingRefused,
    postId: post.id,
    threadTitle: post.title,
    threadUrl: threadPath({ id: post.thread_id, slug: post.slug }, post.id),
    excerpt: excerptOf(post.body_source, 400),
    alreadyDeleted: post.deleted_at !== null,
    canUndo: canUndoDelete(deletion, member.id, new Date(), UNDO_MINUTES),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const { post } = await loadDeletablePost(member, params.postId);
  const intent = (await readForm(request)).get("intent");
  const db = getDb();
  try {
    if (intent === "delete")
      await writeTransaction(db, (tx) => deletePost(tx, post.id, new Date().toISOString(), member.id));
    else if (intent === "undo")
      await writeTransaction(db, (tx) =>
        restoreDeletedPost(tx, { postId: post.id, memberId: member.id, now: new Date(), undoMinutes: UNDO_MINUTES }),
      );
    else throw new Response(formCopy.unknownIntent, { status: 400 });
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, {});
    throw error;
  }
  return redirect(postPermalink(post.id));
}

export default function DeletePostPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to={data.threadUrl}>{deleteCopy.backToThread(data.threadTitle)}</Link>
      </nav>
      <h1>{deleteCopy.pageTitle}</h1>
      <FormError message={result?.error ?? data.refusal} />
      {data.refusal && !data.alreadyDeleted ? (
        <p>
          <Link to={data.threadUrl}>{historyCopy.backToThread}</Link>
        </p>
      ) : data.alreadyDeleted ? (
        <section className="form-card">
          <p>{deleteCopy.deletedNote}</p>
          {data.canUndo ? (
            <Form method="post">
              <button type="submit" name="intent" value="undo" className="button button--primary">
                {deleteCopy.undo}
              </button>
            </Form>
          ) : (
            <p className="muted">{deleteCopy.undoExpired}</p>
          )}
        </section>
      ) : (
        <section className="form-card" aria-labelledby="slet-spoergsmaal">
          <h2 id="slet-spoergsmaal">{deleteCopy.question}</h2>
          <blockquote className="delete-excerpt">{data.excerpt}</blockquote>
          <p>{deleteCopy.explain}</p>
          <Form method="post" className="button-row">
            <button type="submit" name="intent" value="delete" className="button button--danger">
              {deleteCopy.confirm}
            </button>{" "}
            <Link to={data.threadUrl} className="button">
              {deleteCopy.cancel}
            </Link>
          </Form>
        </section>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
