import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { tagKindLabels } from "../copy/da";
import { getDb } from "../db.server";
import { findTagBySlug } from "../models/tag.server";
import { WatchLevelForm } from "../components/watch-level-form";
import { HiddenNewcomerTrackNote } from "../components/hidden-newcomer-track-note";
import { listWatchedThreadsPage } from "../models/watched-thread-list.server";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { notFound } from "../copy/not-found";
import { browseCopy, tagsCopy } from "../copy/browse";

const PER_PAGE = 25;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorPageTitle(error) : data ? tagsCopy.tagTitle(data.tag.label) : tagsCopy.tagFallbackTitle },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const tag = await findTagBySlug(db, params.slug ?? "");
  invariantResponse(tag, notFound.tag, { status: 404 });
  const list = await listWatchedThreadsPage(db, member, new URL(request.url), {
    watch: { targetType: "tag", targetId: tag.id },
    filter: { tagId: tag.id },
    perPage: PER_PAGE,
  });
  return json({ ...list, tag });
}

export default function TagPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/">{browseCopy.front}</Link> › <Link to="/tags">{browseCopy.tags}</Link>
      </nav>
      <h1>
        {data.tag.label} <span className={`badge badge--kind-${data.tag.kind}`}>{tagKindLabels[data.tag.kind]}</span>
      </h1>
      {data.tag.description ? <p className="lead tag-wiki">{data.tag.description}</p> : null}
      <WatchLevelForm targetType="tag" targetId={data.tag.id} level={data.watchLevel} redirectTo={data.path} />
      <p className="muted">{tagsCopy.withTag(data.total)}</p>
      <HiddenNewcomerTrackNote hiding={data.hidingNewcomerTrack} />
      <ThreadList
        titleLevel={2}
        threads={data.threads}
        readState={data.readState}
        now={now}
        emptyText={tagsCopy.tagEmpty}
      />
      <Pagination page={data.page} pages={data.pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
