import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { experienceLabels, roleLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { municipalityExperience, newcomerUntil } from "../models/experience";
import { findMunicipalityBySlug, listMunicipalityMembers } from "../models/municipality.server";
import { findPairings } from "../models/pairing.server";
import { tracksToList } from "../models/track-visibility";
import { pageCount, readPage } from "../models/pagination";
import { listThreads } from "../models/thread-list.server";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { notFound } from "../copy/not-found";
import { browseCopy } from "../copy/browse";
import { municipalitiesCopy, municipalityPageCopy } from "../copy/municipalities";

const PER_PAGE = 15;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? errorPageTitle(error)
      : data
        ? municipalityPageCopy.title(data.municipality.name)
        : municipalityPageCopy.fallbackTitle,
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const municipality = await findMunicipalityBySlug(db, params.slug ?? "");
  invariantResponse(municipality, notFound.municipality, { status: 404 });
  const page = readPage(new URL(request.url), PER_PAGE);
  const [members, threads, pairings] = await Promise.all([
    listMunicipalityMembers(db, municipality),
    listThreads(
      db,
      {
        municipalityId: municipality.id,
        tracks: tracksToList(
          { experience: member.experience, hideNewcomerTrack: member.hide_newcomer_track },
          undefined,
          "list",
        ),
      },
      page,
    ),
    findPairings(db, municipality.id),
  ]);
  return json({
    municipality,
    experience: municipalityExperience(municipality),
    newcomerUntil: newcomerUntil(municipality.joined_on),
    members,
    pairings,
    threads: threads.items,
    page: page.page,
    pages: pageCount(threads.total, PER_PAGE),
  });
}

export default function MunicipalityPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  const { municipality } = data;
  return (
    <>
      <nav aria-label={browseCopy.breadcrumbs} className="breadcrumbs">
        <Link to="/">{browseCopy.front}</Link> › <Link to="/kommuner">{browseCopy.municipalities}</Link>
      </nav>
      <h1>{municipalityPageCopy.heading(municipality.name)}</h1>
      <dl className="facts">
        <div>
          <dt>{municipalitiesCopy.region}</dt>
          <dd>{municipality.region}</dd>
        </div>
        <div>
          <dt>{municipalitiesCopy.joined}</dt>
          <dd>{formatLongDate(municipality.joined_on)}</dd>
        </div>
        <div>
          <dt>{municipalitiesCopy.experience}</dt>
          <dd>
            <span className={`badge badge--experience-${data.experience}`}>{experienceLabels[data.experience]}</span>
            {municipality.experience_override
              ? municipalityPageCopy.setByAdmin
              : data.experience === "newcomer"
                ? municipalityPageCopy.newcomerUntil(formatLongDate(data.newcomerUntil))
                : null}
          </dd>
        </div>
        {data.pairings.mentor ? (
          <div>
            <dt>{municipalityPageCopy.mentorMunicipality}</dt>
            <dd>
              <Link to={`/kommune/${data.pairings.mentor.slug}`}>{data.pairings.mentor.name}</Link>
            </dd>
          </div>
        ) : null}
        {data.pairings.mentees.length > 0 ? (
          <div>
            <dt>{municipalityPageCopy.mentorMunicipalityFor}</dt>
            <dd>
              {data.pairings.mentees.map((mentee, index) => (
                <span key={mentee.id}>
                  {index > 0 ? ", " : null}
                  <Link to={`/kommune/${mentee.slug}`}>{mentee.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="two-columns">
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{municipalitiesCopy.members}</h2>
          {data.members.length === 0 ? (
            <p className="empty">{municipalityPageCopy.noMembers}</p>
          ) : (
            <ul className="member-list">
              {data.members.map((member) => (
                <li key={member.id}>
                  <Link to={`/medlem/${member.id}`}>{member.display_name}</Link>
                  <span className="muted">
                    {" "}
                    – {member.profession}
                    {member.role !== "member" ? `, ${roleLabels[member.role].toLowerCase()}` : ""}
                    {member.experience !== data.experience
                      ? ` (${experienceLabels[member.experience].toLowerCase()})`
                      : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="threads-heading">
          <h2 id="threads-heading">{municipalityPageCopy.threadsFrom(municipality.name)}</h2>
          <ThreadList threads={data.threads} now={now} emptyText={municipalityPageCopy.noThreads} />
          <Pagination page={data.page} pages={data.pages} />
        </section>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
