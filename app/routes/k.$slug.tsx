import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { trackChoiceFromParam, pluralise } from "../copy/da";
import { getDb } from "../db.server";
import { tracksToList } from "../models/track-visibility";
import { findCategoryBySlug } from "../models/category.server";
import { pageCount, readPage } from "../models/pagination";
import { listThreads } from "../models/thread-list.server";
import { WatchLevelForm } from "../components/watch-level-form";
import { readStateForThreads } from "../notifications/read-position.server";
import { findWatchLevel } from "../notifications/watch.server";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";

const PER_PAGE = 25;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorPageTitle(error) : data ? `${data.category.name} – Tværs` : "Kategori – Tværs" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const category = await findCategoryBySlug(db, params.slug ?? "");
  invariantResponse(category, "Kategorien findes ikke", { status: 404 });
  const url = new URL(request.url);
  const page = readPage(url, PER_PAGE);
  const choice = trackChoiceFromParam(url.searchParams.get("spor"));
  const tracks = tracksToList(
    { experience: member.experience, hideNewcomerTrack: member.hide_newcomer_track },
    choice,
    "list",
  );
  const hidingNewcomerTrack =
    member.hide_newcomer_track && member.experience === "experienced" && choice !== "newcomer";
  const threads = await listThreads(db, { categoryId: category.id, tracks }, { ...page, pinnedFirst: true });
  const [readState, watchLevel] = await Promise.all([
    readStateForThreads(
      db,
      member.id,
      threads.items.map((thread) => thread.id),
    ),
    findWatchLevel(db, member.id, "category", category.id),
  ]);
  return json({
    readState,
    watchLevel,
    path: url.pathname,
    hidingNewcomerTrack,
    category,
    threads: threads.items,
    total: threads.total,
    page: page.page,
    pages: pageCount(threads.total, PER_PAGE),
  });
}

export default function CategoryPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  return (
    <>
      <nav aria-label="Brødkrummer" className="breadcrumbs">
        <a href="/">Forside</a> › <span aria-current="page">{data.category.name}</span>
      </nav>
      <h1>{data.category.name}</h1>
      <div className="section-head">
        <p className="lead">{data.category.description}</p>
        <Link to={`/ny?kategori=${data.category.slug}`} className="button button--primary">
          Start en ny tråd
        </Link>
      </div>
      <WatchLevelForm
        targetType="category"
        targetId={data.category.id}
        level={data.watchLevel}
        redirectTo={data.path}
      />
      <p className="muted">{pluralise(data.total, "tråd", "tråde")}, nyeste aktivitet først</p>
      {data.hidingNewcomerTrack ? (
        <p className="muted">
          Sporet «Ny i netværket» er skjult efter dit valg. <a href="?spor=ny">Vis spørgsmål fra nye</a>
        </p>
      ) : null}
      <ThreadList
        titleLevel={2}
        threads={data.threads}
        readState={data.readState}
        now={now}
        showCategory={false}
        emptyText="Der er ingen tråde i denne kategori endnu."
      />
      <Pagination page={data.page} pages={data.pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
