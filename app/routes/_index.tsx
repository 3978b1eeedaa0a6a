import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { Track } from "../../db/schema";
import { requireMember } from "../auth/guards.server";
import { MentorQueueList } from "../components/front/mentor-queue-list";
import { NextMeeting } from "../components/front/next-meeting";
import { OnboardingPath } from "../components/front/onboarding-path";
import { WelcomePanel } from "../components/front/welcome-panel";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { pluralise, trackChoiceFromParam, trackDescriptions, trackLabels, trackParams } from "../copy/da";
import { getDb } from "../db.server";
import { listCategories } from "../models/category.server";
import { findNextMeeting } from "../models/meeting.server";
import { listMentorQueue } from "../models/mentoring.server";
import { listOpenActionsForOwner } from "../models/minutes.server";
import { listOnboardingSteps } from "../models/onboarding.server";
import { findPairings } from "../models/pairing.server";
import { pageCount, readPage } from "../models/pagination";
import { listThreads } from "../models/thread-list.server";
import { tracksToList } from "../models/track-visibility";
import { newSince, readStateForThreads } from "../notifications/read-position.server";
import { UnreadViewSwitch, unreadViewFromParam } from "../components/unread-view-switch";

const PER_PAGE = 20;

export const meta: MetaFunction = () => [{ title: "Tværs – forum for digital ungerådgivning" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const url = new URL(request.url);
  const choice = trackChoiceFromParam(url.searchParams.get("spor"));
  const viewer = { experience: member.experience, hideNewcomerTrack: member.hide_newcomer_track };
  const tracks = tracksToList(viewer, choice, "front");
  const page = readPage(url, PER_PAGE);
  const db = getDb();
  const newcomer = member.experience === "newcomer";
  const view = unreadViewFromParam(url.searchParams.get("vis"));
  // The Ulæste and Nye views cover every track the member has not hidden.
  const reader = { memberId: member.id, view, newSince: newSince() };
  const [categories, latest, steps, newcomerQuestions, mostHelpful, pairings, queue, nextMeeting, meetingActions] =
    await Promise.all([
      listCategories(db),
      listThreads(db, { tracks: view ? tracksToList(viewer, "all", "front") : tracks, reader }, page),
      newcomer ? listOnboardingSteps(db, member.id) : Promise.resolve([]),
      newcomer ? listThreads(db, { tracks: ["newcomer"] }, { limit: 6, offset: 0 }) : Promise.resolve(null),
      newcomer
        ? listThreads(db, { answered: true }, { limit: 5, offset: 0, orderBy: "helpful" })
        : Promise.resolve(null),
      findPairings(db, member.municipality_id),
      member.is_mentor
        ? listMentorQueue(db, { id: member.id, municipalityId: member.municipality_id }, { all: false, limit: 5 })
        : Promise.resolve(null),
      findNextMeeting(db),
      listOpenActionsForOwner(db, member.id),
    ]);
  const shown = [...latest.items, ...(newcomerQuestions?.items ?? []), ...(mostHelpful?.items ?? [])].map(
    (thread) => thread.id,
  );
  const readState = await readStateForThreads(db, member.id, [...new Set(shown)]);
  return json({
    view: view ?? null,
    readState,
    memberName: member.display_name,
    municipality: member.municipality_name,
    experience: member.experience,
    viewerId: member.id,
    hidingNewcomerTrack: member.hide_newcomer_track && member.experience === "experienced",
    choice: choice ?? null,
    categories,
    latest: latest.items,
    page: page.page,
    pages: pageCount(latest.total, PER_PAGE),
    steps,
    newcomerQuestions: newcomerQuestions?.items ?? [],
    mostHelpful: mostHelpful?.items ?? [],
    pairing: { mentor: pairings.mentor, mentees: pairings.mentees },
    queue: queue?.items ?? null,
    nextMeeting: nextMeeting ?? null,
    meetingActions,
    // Where an accepted invitation lands (invitation.$token.tsx).
    welcome: url.searchParams.get("velkommen") === "1",
  });
}

export default function FrontPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  const isNewcomer = data.experience === "newcomer";
  const tracks: Track[] = ["newcomer", "experienced", "shared"];
  const listTitle =
    data.choice === null
      ? isNewcomer
        ? "Seneste tråde"
        : "Erfarne og fælles drøftelser"
      : data.choice === "all"
        ? "Alle spor"
        : trackLabels[data.choice];
  return (
    <div className="front">
      <div className="section-head">
        <h1>Velkommen, {data.memberName}</h1>
        <Link to="/ny" className="button button--primary">
          Start en ny tråd
        </Link>
      </div>
      <p className="lead">
        {isNewcomer
          ? "Du er ny i netværket. Her er dit forløb, spørgsmål fra andre nye og den viden, kollegerne har fundet mest nyttig."
          : "Del erfaringer med kolleger fra hele netværket – og find det, andre kommuner allerede har lært."}
      </p>
      {data.welcome ? <WelcomePanel experience={data.experience} /> : null}
      <div className="front__grid">
        <div className="front__main">
          <NextMeeting meeting={data.nextMeeting} actions={data.meetingActions} />
          {isNewcomer ? (
            <>
              <section className="panel panel--newcomer" aria-labelledby="start-heading">
                <h2 id="start-heading">Kom godt i gang</h2>
                <OnboardingPath steps={data.steps} compact />
                <p>
                  <Link to="/kom-godt-i-gang">Se hele forløbet med noter</Link>
                </p>
              </section>
              <section aria-labelledby="newcomer-heading">
                <h2 id="newcomer-heading">Spørgsmål og svar fra nye</h2>
                <ThreadList
                  threads={data.newcomerQuestions}
                  readState={data.readState}
                  now={now}
                  emptyText="Ingen spørgsmål fra nye endnu – stil det første!"
                />
                <p>
                  <Link to="/?spor=ny">Alle spørgsmål fra nye</Link>
                </p>
              </section>
              <section aria-labelledby="helpful-heading">
                <h2 id="helpful-heading">Mest nyttig viden</h2>
                <ThreadList
                  threads={data.mostHelpful}
                  readState={data.readState}
                  now={now}
                  emptyText="Ingen besvarede tråde endnu."
                />
              </section>
            </>
          ) : null}
          {data.queue ? (
            <section className="panel panel--mentor" aria-labelledby="queue-heading">
              <h2 id="queue-heading">Mentorkø: nye venter på svar</h2>
              <MentorQueueList items={data.queue} now={now} viewerId={data.viewerId} />
              <p>
                <Link to="/mentorkoe">Hele mentorkøen</Link>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="latest-heading">
            <div className="section-head">
              <h2 id="latest-heading">{listTitle}</h2>
              <nav aria-label="Filtrér efter spor" className="track-filter">
                {!isNewcomer ? (
                  <Link to="/" aria-current={data.choice === null ? "true" : undefined}>
                    Erfarne og fælles
                  </Link>
                ) : null}
                <Link
                  to={isNewcomer ? "/" : "/?spor=alle"}
                  aria-current={(isNewcomer ? data.choice === null : data.choice === "all") ? "true" : undefined}
                >
                  Alle spor
                </Link>
                {tracks.map((track) => (
                  <Link
                    key={track}
                    to={`/?spor=${trackParams[track]}`}
                    title={trackDescriptions[track]}
                    aria-current={data.choice === track ? "true" : undefined}
                  >
                    {trackLabels[track]}
                  </Link>
                ))}
              </nav>
            </div>
            {data.hidingNewcomerTrack && data.choice !== "newcomer" ? (
              <p className="muted">
                Du har valgt at skjule sporet for nye i dine lister. <Link to="/profil">Skift i din profil</Link>.
              </p>
            ) : null}
            <UnreadViewSwitch view={data.view} />
            <ThreadList
              threads={data.latest}
              readState={data.readState}
              now={now}
              emptyText={data.view ? "Du er helt opdateret: ingen tråde her lige nu." : undefined}
            />
            <Pagination page={data.page} pages={data.pages} />
          </section>
        </div>
        <aside className="front__aside">
          {data.pairing.mentor ? (
            <section className="panel panel--newcomer" aria-labelledby="pairing-heading">
              <h2 id="pairing-heading">Jeres mentorkommune</h2>
              <p>
                {data.municipality} er parret med{" "}
                <Link to={`/kommune/${data.pairing.mentor.slug}`}>{data.pairing.mentor.name}</Link>, som hjælper jer
                godt i gang. Deres kolleger ser jeres spørgsmål først i mentorkøen.
              </p>
            </section>
          ) : null}
          {data.pairing.mentees.length > 0 ? (
            <section className="panel panel--mentor" aria-labelledby="mentees-heading">
              <h2 id="mentees-heading">I er mentorkommune for</h2>
              <ul>
                {data.pairing.mentees.map((mentee) => (
                  <li key={mentee.id}>
                    <Link to={`/kommune/${mentee.slug}`}>{mentee.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="categories-heading">
            <h2 id="categories-heading">Kategorier</h2>
            <ul className="category-list">
              {data.categories.map((category) => (
                <li key={category.slug}>
                  <Link to={`/k/${category.slug}`} className="category-list__name">
                    {category.name}
                  </Link>
                  <p>{category.description}</p>
                  <p className="muted">
                    {pluralise(category.threadCount, "tråd", "tråde")} ·{" "}
                    {pluralise(category.postCount, "indlæg", "indlæg")}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
