import { notificationCopy } from "../copy/notifications";

export interface ListReadState {
  unread: number;
  isNew: boolean;
}

/** "3 ulæste" after a thread's title in a list, or "ny" for a recent thread the member has not opened. */
export function ReadStateMarker({ state }: { state: ListReadState | undefined }) {
  if (!state) return null;
  if (state.unread > 0)
    return (
      <span className="badge badge--unread thread-list__unread"> {notificationCopy.unreadCount(state.unread)}</span>
    );
  if (state.isNew) return <span className="badge badge--new thread-list__unread"> {notificationCopy.newMarker}</span>;
  return null;
}
