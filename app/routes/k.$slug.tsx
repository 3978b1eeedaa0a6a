import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { getDb } from "../db.server";
import { findCategoryBySlug } from "../models/category.server";
import { WatchLevelForm } from "../components/watch-level-form";
import { HiddenNewcomerTrackNote } from "../components/hidden-newcomer-track-note";
import { listWatchedThreadsPage } from "../models/watched-thread-list.server";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { notFound } from "../copy/not-found";
import { browseCopy, categoryPageCopy } from "../copy/browse";

const PER_PAGE = 25;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? errorPageTitle(error)
      : data
        ? categoryPageCopy.title(data.category.name)
        : categoryPageCopy.fallbackTitle,
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const category = await findCategoryBySlug(db, params.slug ?? "");
  invariantResponse(category, notFound.category, { status: 404 });
  const list = await listWatchedThreadsPage(db, member, new URL(request.url), {
    watch: { targetType: "category", targetId: category.id },
    filter: { categoryId: category.id },
    perPage: PER_PAGE,
    pinnedFirst: true,
  });
  return json({ ...list, category });
}

export default function CategoryPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <a href="/">{browseCopy.front}</a> › <span aria-current="page">{data.category.name}</span>
      </nav>
      <h1>{data.category.name}</h1>
      <div className="section-head">
        <p className="lead">{data.category.description}</p>
        <Link to={`/ny?kategori=${data.category.slug}`} className="button button--primary">
          {categoryPageCopy.startThread}
        </Link>
      </div>
      <WatchLevelForm
        targetType="category"
        targetId={data.category.id}
        level={data.watchLevel}
        redirectTo={data.path}
      />
      <p className="muted">{categoryPageCopy.count(data.total)}</p>
      <HiddenNewcomerTrackNote hiding={data.hidingNewcomerTrack} />
      <ThreadList
        titleLevel={2}
        threads={data.threads}
        readState={data.readState}
        now={now}
        showCategory={false}
        emptyText={categoryPageCopy.empty}
      />
      <Pagination page={data.page} pages={data.pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
