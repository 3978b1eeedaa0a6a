import { Form, Link } from "@remix-run/react";
import { notificationCopy } from "../copy/notifications";
import { threadListCopy } from "../copy/browse";

export type UnreadView = "unread" | "new";

export function unreadViewFromParam(value: string | null): UnreadView | undefined {
  return value === "ulaeste" ? "unread" : value === "nye" ? "new" : undefined;
}

/** The front page's "Seneste · Ulæste · Nye" views, as plain links; "Markér alle som læst" in the Ulæste view. */
export function UnreadViewSwitch({ view }: { view: UnreadView | null }) {
  return (
    <div className="view-switch">
      <nav aria-label={threadListCopy.viewLabel} className="track-filter">
        <Link to="/" aria-current={view === null ? "true" : undefined}>
          {notificationCopy.viewLatest}
        </Link>
        <Link to="/?vis=ulaeste" aria-current={view === "unread" ? "true" : undefined}>
          {notificationCopy.viewUnread}
        </Link>
        <Link to="/?vis=nye" aria-current={view === "new" ? "true" : undefined}>
          {notificationCopy.viewNew}
        </Link>
      </nav>
      {view === "unread" ? (
        <Form method="post" action="/laest">
          <button type="submit" className="link-button">
            {notificationCopy.markAllRead}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
