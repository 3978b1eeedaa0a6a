import { notificationCopy } from "../../copy/notifications";

/** The line above the first post the member has not read; lists link to it with #nye. */
export function UnreadDivider() {
  return (
    <li className="unread-divider" id="nye" aria-label={notificationCopy.newPostsLine}>
      {notificationCopy.newPostsLine}
    </li>
  );
}
