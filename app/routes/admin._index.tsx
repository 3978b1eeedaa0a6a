import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { Track } from "../../db/schema";
import { formatWeek } from "../copy/dates";
import { requireModerator } from "../auth/guards.server";
import { canAdminister } from "../auth/permissions";
import { BarChart } from "../components/bar-chart";
import { trackLabels } from "../copy/da";
import { getDb } from "../db.server";
import { todayInDenmark } from "../models/article.server";
import { moderationQueueSizes, weeklyActivity } from "../models/dashboard.server";
import { listOpenInvitations } from "../models/invitation.server";
import { TableScroll } from "../components/table-scroll";
import { countActiveMembers } from "../models/member.server";
import { moderationDashboard } from "../copy/moderation-dashboard";

export const meta: MetaFunction = () => [{ title: moderationDashboard.title }];

const WEEKS = 8;

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireModerator(request);
  const db = getDb();
  const [queues, activity, invitations, members] = await Promise.all([
    moderationQueueSizes(db, todayInDenmark()),
    weeklyActivity(db, WEEKS),
    listOpenInvitations(db),
    countActiveMembers(db),
  ]);
  return json({
    isAdmin: canAdminister(member),
    queues,
    activity,
    openInvitations: invitations.length,
    activeMembers: members,
  });
}

export default function ModerationDashboard() {
  const data = useLoaderData<typeof loader>();
  const tracks: Track[] = ["newcomer", "experienced", "shared"];
  const weekLabel = (day: string) => `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`;
  const tiles = [
    { label: moderationDashboard.tiles.openFlags, value: data.queues.openFlags, to: "/admin/flag" },
    { label: moderationDashboard.tiles.unansweredNewcomer, value: data.queues.unansweredNewcomer, to: "/admin/nye" },
    { label: moderationDashboard.tiles.overdueNewcomer, value: data.queues.overdueNewcomer, to: "/admin/nye" },
    { label: moderationDashboard.tiles.articlesDue, value: data.queues.articlesDue, to: "/vidensbank" },
    { label: moderationDashboard.tiles.drafts, value: data.queues.drafts, to: "/vidensbank" },
    { label: moderationDashboard.tiles.hiddenPosts, value: data.queues.hiddenPosts, to: "/admin/flag" },
    { label: moderationDashboard.tiles.openInvitations, value: data.openInvitations, to: "/admin/invitationer" },
    {
      label: moderationDashboard.tiles.activeMembers,
      value: data.activeMembers,
      to: data.isAdmin ? "/admin/medlemmer" : "/kommuner",
    },
  ];
  return (
    <>
      <h1>{data.isAdmin ? moderationDashboard.headingAdmin : moderationDashboard.headingModerator}</h1>
      <section aria-labelledby="queues-heading">
        <h2 id="queues-heading">{moderationDashboard.queuesHeading}</h2>
        <ul className="tiles">
          {tiles.map((tile) => (
            <li key={tile.label}>
              <Link to={tile.to}>
                <span className="tiles__value">{tile.value}</span>
                <span className="tiles__label">{tile.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">{moderationDashboard.activityHeading}</h2>
        <div className="charts">
          {tracks.map((track) => (
            <BarChart
              key={track}
              id={`uge-${track}`}
              title={moderationDashboard.postsInTrack(trackLabels[track])}
              bars={data.activity.map((week) => ({ label: weekLabel(week.weekStart), value: week.posts[track] }))}
              format={String}
            />
          ))}
        </div>
        <TableScroll label={moderationDashboard.tableLabel}>
          <table className="data-table">
            <caption className="visually-hidden">{moderationDashboard.tableLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{moderationDashboard.weekFrom}</th>
                {tracks.map((track) => (
                  <th key={track} scope="col">
                    {trackLabels[track]}
                  </th>
                ))}
                <th scope="col">{moderationDashboard.total}</th>
              </tr>
            </thead>
            <tbody>
              {data.activity.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{formatWeek(week.weekStart)}</th>
                  {tracks.map((track) => (
                    <td key={track}>{week.posts[track]}</td>
                  ))}
                  <td>{tracks.reduce((sum, track) => sum + week.posts[track], 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {data.isAdmin ? (
        <p>
          <a href="/admin/vidensbank-eksport" download data-reload>
            {moderationDashboard.exportKnowledgeBase}
          </a>{" "}
          {moderationDashboard.exportExplained}
        </p>
      ) : null}
    </>
  );
}
