import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { formatDateTime } from "../copy/dates";
import { notificationCopy, notificationText } from "../copy/notifications";
import { getDb } from "../db.server";
import { listNotifications, markAllNotificationsRead } from "../notifications/notification.server";
import { pageTitle } from "../copy/pages";

export const meta: MetaFunction = () => [{ title: pageTitle(notificationCopy.pageTitle) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const notifications = await listNotifications(getDb(), member.id, 100);
  return json({
    notifications: notifications.map((n) => ({
      id: n.id,
      read: n.read,
      createdAt: n.createdAt,
      text: notificationText[n.kind](n),
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  await markAllNotificationsRead(getDb(), member.id);
  return redirect("/notifikationer?alle=laest");
}

export default function NotificationsPage() {
  const { notifications } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const unread = notifications.some((n) => !n.read);
  return (
    <section className="notifications">
      <h1>{notificationCopy.pageTitle}</h1>
      {params.get("alle") === "laest" ? <p className="notice">{notificationCopy.allMarked}</p> : null}
      {unread ? (
        <Form method="post">
          <button type="submit" className="button">
            {notificationCopy.markAllRead}
          </button>
        </Form>
      ) : null}
      {notifications.length === 0 ? (
        <p className="empty">{notificationCopy.empty}</p>
      ) : (
        <ol className="notification-list">
          {notifications.map((n) => (
            <li key={n.id} className={n.read ? "notification" : "notification notification--unread"}>
              <a href={`/notifikationer/${n.id}`}>
                {n.read ? null : <span className="badge badge--unread">{notificationCopy.unreadBadge}</span>} {n.text}
              </a>{" "}
              <time dateTime={n.createdAt} className="notification__time">
                {formatDateTime(n.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
