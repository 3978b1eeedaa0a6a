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

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorPageTitle(error) : "Historik – Tværs" }];

// Earlier versions can hold text the author took back on purpose: only the author and moderators see them.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const postId = Number(params.postId);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const db = getDb();
  const post = await findPostForEdit(db, postId);
  invariantResponse(post, notFound.post, { status: 404 });
  if (!canSeePostHistory(member, post))
    throw new Response("Kun forfatteren og moderatorer kan se historikken.", { status: 403 });
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
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <Link to={data.threadUrl}>Tilbage til tråden</Link>
      </nav>
      <h1>Historik for indlægget</h1>
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">Nuværende version</h2>
        <pre className="revision">{data.current}</pre>
      </section>
      <h2>Tidligere versioner</h2>
      {data.revisions.length > 0 ? <p className="field__hint">{historyCopy.legend}</p> : null}
      {data.revisions.length === 0 ? (
        <p className="empty">Indlægget er ikke blevet redigeret.</p>
      ) : (
        <ol className="revision-list">
          {data.revisions.map((revision) => (
            <li key={revision.id}>
              <h3>
                Ændring {formatDateTime(revision.created_at)} af {revision.editor_name}
              </h3>
              {revision.title ? <p>Titel før: «{revision.title}»</p> : null}
              {revision.tags ? <p>Tags før: {(JSON.parse(revision.tags) as string[]).join(", ") || "ingen"}</p> : null}
              <TextDiffView parts={revision.diff} />
              <details>
                <summary>Teksten før ændringen</summary>
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
