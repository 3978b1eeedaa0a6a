/** Event names of the thread page's live stream, shared by the server and the browser. */
export const LIVE_EVENT = {
  newReplies: "nye-svar",
  closed: "slut",
} as const;

/** The data of a "nye-svar" event. */
export interface NewRepliesEvent {
  count: number;
  firstPostId: number | null;
}

/** The stream's address for a thread, counting replies after `sincePostId`. */
export function threadEventsPath(threadId: number, sincePostId: number): string {
  return `/t/${threadId}/begivenheder?siden=${sincePostId}`;
}
