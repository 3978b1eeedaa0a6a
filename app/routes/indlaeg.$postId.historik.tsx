import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canSeePostHistory } from "../auth/permissions";
import { threadPath } from "../models/thread-path";
import { formatDateTime } from "../copy/dates";
import { getDb } from "../db.server";
import { findPostForEdit, listRevisions } from "../models/post.server";
import { diffText } from "../models/text-diff";
import { TextDiffView } from "../components/text-diff-view";
import { historyCopy } from "../copy/everyday";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorPageTitle(error) : historyCopy.title }];

// Earlier versions can hold text the author took back on purpose: only the author and moderators see them.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const postId = Number(params.postId);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const db = getDb();
  const post = await findPostForEdit(db, postId);
  invariantResponse(post, notFound.post, { status: 404 });
  if (!canSeePostHistory(member, post)) throw new Response(historyCopy.refused, { status: 403 });
  const revisions = await listRevisions(db, postId);
  return json({
    threadUrl: threadPath({ id: post.thread_id, slug: post.slug }, post.id),
    current: post.body_source,
    // Each revision holds the text before an edit; what the edit made of it is the next newer text.
    revisions: revisions.map((revision, index) => ({
      ...revision,
      diff: diffText(revision.body_source, index === 0 ? post.body_source : revisions[index - 1]!.body_source),
    })),
  });
}

export default function PostHistoryPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to={data.threadUrl}>{historyCopy.backToThread}</Link>
      </nav>
      <h1>{historyCopy.heading}</h1>
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{historyCopy.current}</h2>
        <pre className="revision">{data.current}</pre>
      </section>
      <h2>{historyCopy.earlier}</h2>
      {data.revisions.length > 0 ? <p className="field__hint">{historyCopy.legend}</p> : null}
      {data.revisions.length === 0 ? (
        <p className="empty">{historyCopy.neverEdited}</p>
      ) : (
        <ol className="revision-list">
          {data.revisions.map((revision) => (
            <li key={revision.id}>
              <h3>{historyCopy.revision(formatDateTime(revision.created_at), revision.editor_name)}</h3>
              {revision.title ? <p>{historyCopy.titleBefore(revision.title)}</p> : null}
              {revision.tags ? (
                <p>{historyCopy.tagsBefore((JSON.parse(revision.tags) as string[]).join(", "))}</p>
              ) : null}
              <TextDiffView parts={revision.diff} />
              <details>
                <summary>{historyCopy.textBefore}</summary>
                <pre className="revision">{revision.body_source}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
