import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { Track } from "../../db/schema";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { pluralise, trackDescriptions, trackFromParam, trackLabels, trackParams } from "../copy/da";
import { getDb } from "../db.server";
import { listCategories } from "../models/category.server";
import { pageCount, readPage } from "../models/pagination";
import { listThreads } from "../models/thread-list.server";

const PER_PAGE = 20;

export const meta: MetaFunction = () => [{ title: "Tværs – forum for digital ungerådgivning" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const url = new URL(request.url);
  const track = trackFromParam(url.searchParams.get("spor"));
  const page = readPage(url, PER_PAGE);
  const db = getDb();
  const [categories, latest] = await Promise.all([
    listCategories(db),
    listThreads(db, { tracks: track ? [track] : undefined }, page),
  ]);
  return json({
    memberName: member.display_name,
    experience: member.experience,
    track: track ?? null,
    categories,
    latest: latest.items,
    page: page.page,
    pages: pageCount(latest.total, PER_PAGE),
  });
}

export default function FrontPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  const tracks: Track[] = ["newcomer", "experienced", "shared"];
  return (
    <div className="front">
      <h1>Velkommen, {data.memberName}</h1>
      <div className="section-head">
        <p className="lead">Del erfaringer med kolleger fra hele netværket – og find det, andre kommuner allerede har lært.</p>
        <Link to="/ny" className="button button--primary">
          Start en ny tråd
        </Link>
      </div>
      <div className="front__grid">
        <section aria-labelledby="latest-heading" className="front__latest">
          <div className="section-head">
            <h2 id="latest-heading">Seneste tråde</h2>
            <nav aria-label="Filtrér efter spor" className="track-filter">
              <Link to="/" aria-current={data.track === null ? "true" : undefined}>
                Alle
              </Link>
              {tracks.map((track) => (
                <Link key={track} to={`/?spor=${trackParams[track]}`} title={trackDescriptions[track]} aria-current={data.track === track ? "true" : undefined}>
                  {trackLabels[track]}
                </Link>
              ))}
            </nav>
          </div>
          <ThreadList threads={data.latest} now={now} />
          <Pagination page={data.page} pages={data.pages} />
        </section>
        <aside aria-labelledby="categories-heading" className="front__categories">
          <h2 id="categories-heading">Kategorier</h2>
          <ul className="category-list">
            {data.categories.map((category) => (
              <li key={category.slug}>
                <Link to={`/k/${category.slug}`} className="category-list__name">
                  {category.name}
                </Link>
                <p>{category.description}</p>
                <p className="muted">
                  {pluralise(category.threadCount, "tråd", "tråde")} · {pluralise(category.postCount, "indlæg", "indlæg")}
                </p>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
