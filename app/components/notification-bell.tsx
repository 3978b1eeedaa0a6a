import { NavLink } from "@remix-run/react";
import { notificationCopy } from "../copy/notifications";

/** The header's link to /notifikationer with the unread count: a plain link, so it works without JavaScript. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <NavLink to="/notifikationer" className="bell" aria-label={notificationCopy.bellLabel(unread)} data-testid="bell">
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
