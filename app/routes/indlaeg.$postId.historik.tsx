import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { canSeePostHistory } from "../auth/permissions";
import { threadPath } from "../models/thread-path";
import { formatDateTime } from "../copy/dates";
import { getDb } from "../db.server";
import { findPostForEdit, listRevisions } from "../models/post.server";

export const meta: MetaFunction = () => [{ title: "Historik – Tværs" }];

// Earlier versions can hold text the author took back on purpose: only the author and moderators see them.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const postId = Number(params.postId);
  if (!Number.isSafeInteger(postId) || postId < 1) throw new Response("Indlægget findes ikke", { status: 404 });
  const db = getDb();
  const post = await findPostForEdit(db, postId);
  if (!post) throw new Response("Indlægget findes ikke", { status: 404 });
  if (!canSeePostHistory(member, post)) throw new Response("Kun forfatteren og moderatorer kan se historikken.", { status: 403 });
  return json({
    threadUrl: threadPath({ id: post.thread_id, slug: post.slug }, post.id),
    current: post.body_source,
    revisions: await listRevisions(db, postId),
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
      {data.revisions.length === 0 ? (
        <p className="empty">Indlægget er ikke blevet redigeret.</p>
      ) : (
        <ol className="revision-list">
          {data.revisions.map((revision) => (
            <li key={revision.id}>
              <h3>
                Før ændringen {formatDateTime(revision.created_at)} af {revision.editor_name}
              </h3>
              {revision.title ? <p>Titel før: «{revision.title}»</p> : null}
              {revision.tags ? <p>Tags før: {(JSON.parse(revision.tags) as string[]).join(", ") || "ingen"}</p> : null}
              <pre className="revision">{revision.body_source}</pre>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
