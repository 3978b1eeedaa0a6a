import { NavLink } from "@remix-run/react";
import { notificationCopy } from "../copy/notifications";
import { BellIcon } from "./icons";

/** The header's link to /notifikationer with the unread count: a plain link, so it works without JavaScript. */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <NavLink to="/notifikationer" className="bell" aria-label={notificationCopy.bellLabel(unread)} data-testid="bell">
      <BellIcon />
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
