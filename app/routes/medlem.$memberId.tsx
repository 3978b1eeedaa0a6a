import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { ThreadList } from "../components/thread-list";
import { useNow } from "../components/use-now";
import { experienceLabels, roleLabels } from "../copy/da";
import { formatDateTime, formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { notificationCopy } from "../copy/notifications";
import { findMemberProfile, listMemberPosts } from "../models/member.server";
import { pageCount, readPage } from "../models/pagination";
import { listThreads } from "../models/thread-list.server";
import { threadPath } from "../models/thread-path";
import { invariantResponse } from "../invariant";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { findMemberHandle } from "../models/member.server";
import { notFound } from "../copy/not-found";
import { memberPageCopy } from "../copy/member-page";

const PER_PAGE = 10;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  {
    title: error
      ? errorPageTitle(error)
      : data
        ? memberPageCopy.title(data.profile.display_name)
        : memberPageCopy.fallbackTitle,
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireMember(request);
  const memberId = Number(params.memberId);
  invariantResponse(Number.isSafeInteger(memberId) && memberId >= 1, notFound.member, { status: 404 });
  const db = getDb();
  const profile = await findMemberProfile(db, memberId);
  invariantResponse(profile, notFound.member, { status: 404 });
  const page = readPage(new URL(request.url), PER_PAGE);
  const [threads, posts] = await Promise.all([
    listThreads(db, { authorId: memberId }, page),
    listMemberPosts(db, memberId, { limit: 10, offset: 0 }),
  ]);
  const handle = await findMemberHandle(db, memberId);
  return json({
    handle: handle ?? "",
    profile,
    isSelf: viewer.id === memberId,
    threads: threads.items,
    page: page.page,
    pages: pageCount(threads.total, PER_PAGE),
    posts,
  });
}

export default function MemberPage() {
  const data = useLoaderData<typeof loader>();
  const now = useNow();
  const { profile } = data;
  return (
    <>
      <h1>{profile.display_name}</h1>
      <dl className="facts">
        <div>
          <dt>{notificationCopy.handleLabel}</dt>
          <dd>@{data.handle}</dd>
        </div>
        <div>
          <dt>{memberPageCopy.profession}</dt>
          <dd>{profile.profession}</dd>
        </div>
        <div>
          <dt>{memberPageCopy.municipality}</dt>
          <dd>
            <Link to={`/kommune/${profile.municipality_slug}`}>{profile.municipality_name}</Link>
          </dd>
        </div>
        <div>
          <dt>{memberPageCopy.experience}</dt>
          <dd>
            <span className={`badge badge--experience-${profile.experience}`}>
              {experienceLabels[profile.experience]}
            </span>
            {profile.experience_override ? memberPageCopy.experienceChosen : memberPageCopy.experienceFromMunicipality}
          </dd>
        </div>
        <div>
          <dt>{memberPageCopy.role}</dt>
          <dd>{roleLabels[profile.role]}</dd>
        </div>
        <div>
          <dt>{memberPageCopy.memberSince}</dt>
          <dd>{formatLongDate(profile.created_at)}</dd>
        </div>
      </dl>
      {profile.disabled_at ? <p className="notice">{memberPageCopy.disabled}</p> : null}
      {data.isSelf ? (
        <p>
          <Link to="/profil" className="button">
            {memberPageCopy.editOwn}
          </Link>
        </p>
      ) : null}
      <div className="two-columns">
        <section aria-labelledby="posts-heading">
          <h2 id="posts-heading">{memberPageCopy.latestPosts}</h2>
          {data.posts.length === 0 ? (
            <p className="empty">{memberPageCopy.noPosts}</p>
          ) : (
            <ul className="member-list">
              {data.posts.map((post) => (
                <li key={post.id}>
                  <Link to={threadPath({ id: post.thread_id, slug: post.thread_slug }, post.id)}>
                    {post.thread_title}
                  </Link>
                  <br />
                  <span className="muted">{formatDateTime(post.created_at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="threads-heading">
          <h2 id="threads-heading">{memberPageCopy.threadsBy(profile.display_name)}</h2>
          <ThreadList threads={data.threads} now={now} emptyText={memberPageCopy.noThreads} />
          <Pagination page={data.page} pages={data.pages} />
        </section>
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
