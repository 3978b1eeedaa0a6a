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
import { trackChoiceFromParam, trackDescriptions, trackLabels, trackParams } from "../copy/da";
import { frontPage } from "../copy/front-page";
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

export const meta: MetaFunction = () => [{ title: frontPage.title }];

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
        ? frontPage.listLatest
        : frontPage.listExperiencedAndShared
      : data.choice === "all"
        ? frontPage.allTracks
        : trackLabels[data.choice];
  return (
    <div className="front">
      <div className="section-head">
        <h1>
          {frontPage.welcomePrefix}
          {data.memberName}
        </h1>
        <Link to="/ny" className="button button--primary">
          {frontPage.startThread}
        </Link>
      </div>
      <p className="lead">{isNewcomer ? frontPage.leadNewcomer : frontPage.leadExperienced}</p>
      {data.welcome ? <WelcomePanel experience={data.experience} /> : null}
      <div className="front__grid">
        <div className="front__main">
          <NextMeeting meeting={data.nextMeeting} actions={data.meetingActions} />
          {isNewcomer ? (
            <>
              <section className="panel panel--newcomer" aria-labelledby="start-heading">
                <h2 id="start-heading">{frontPage.startHeading}</h2>
                <OnboardingPath steps={data.steps} compact />
                <p>
                  <Link to="/kom-godt-i-gang">{frontPage.wholeOnboarding}</Link>
                </p>
              </section>
              <section aria-labelledby="newcomer-heading">
                <h2 id="newcomer-heading">{frontPage.newcomerHeading}</h2>
                <ThreadList
                  threads={data.newcomerQuestions}
                  readState={data.readState}
                  now={now}
                  emptyText={frontPage.newcomerEmpty}
                />
                <p>
                  <Link to="/?spor=ny">{frontPage.allNewcomerQuestions}</Link>
                </p>
              </section>
              <section aria-labelledby="helpful-heading">
                <h2 id="helpful-heading">{frontPage.helpfulHeading}</h2>
                <ThreadList
                  threads={data.mostHelpful}
                  readState={data.readState}
                  now={now}
                  emptyText={frontPage.helpfulEmpty}
                />
              </section>
            </>
          ) : null}
          {data.queue ? (
            <section className="panel panel--mentor" aria-labelledby="queue-heading">
              <h2 id="queue-heading">{frontPage.queueHeading}</h2>
              <MentorQueueList items={data.queue} now={now} viewerId={data.viewerId} />
              <p>
                <Link to="/mentorkoe">{frontPage.wholeQueue}</Link>
              </p>
            </section>
          ) : null}
          <section aria-labelledby="latest-heading">
            <div className="section-head">
              <h2 id="latest-heading">{listTitle}</h2>
              <nav aria-label={frontPage.trackFilterLabel} className="track-filter">
                {!isNewcomer ? (
                  <Link to="/" aria-current={data.choice === null ? "true" : undefined}>
                    {frontPage.experiencedAndShared}
                  </Link>
                ) : null}
                <Link
                  to={isNewcomer ? "/" : "/?spor=alle"}
                  aria-current={(isNewcomer ? data.choice === null : data.choice === "all") ? "true" : undefined}
                >
                  {frontPage.allTracks}
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
                {frontPage.hidingNewcomerTrack}
                <Link to="/profil">{frontPage.changeInProfile}</Link>.
              </p>
            ) : null}
            <UnreadViewSwitch view={data.view} />
            <ThreadList
              threads={data.latest}
              readState={data.readState}
              now={now}
              emptyText={data.view ? frontPage.upToDate : undefined}
            />
            <Pagination page={data.page} pages={data.pages} />
          </section>
        </div>
        <aside className="front__aside">
          {data.pairing.mentor ? (
            <section className="panel panel--newcomer" aria-labelledby="pairing-heading">
              <h2 id="pairing-heading">{frontPage.pairingHeading}</h2>
              <p>
                {data.municipality}
                {frontPage.pairedWith}{" "}
                <Link to={`/kommune/${data.pairing.mentor.slug}`}>{data.pairing.mentor.name}</Link>
                {frontPage.pairingHelps}
              </p>
            </section>
          ) : null}
          {data.pairing.mentees.length > 0 ? (
            <section className="panel panel--mentor" aria-labelledby="mentees-heading">
              <h2 id="mentees-heading">{frontPage.menteesHeading}</h2>
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
            <h2 id="categories-heading">{frontPage.categoriesHeading}</h2>
            <ul className="category-list">
              {data.categories.map((category) => (
                <li key={category.slug}>
                  <Link to={`/k/${category.slug}`} className="category-list__name">
                    {category.name}
                  </Link>
                  <p>{category.description}</p>
                  <p className="muted">
                    {frontPage.threadCount(category.threadCount)} · {frontPage.postCount(category.postCount)}
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
