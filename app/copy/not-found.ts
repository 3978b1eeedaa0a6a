/**
 * What was not found, written once. Without a full stop, as a 404 page's
 * heading and title; `asSentence` adds it where a form or API says it.
 */
export const notFound = {
  post: "Indlægget findes ikke",
  postInThread: "Indlægget findes ikke i tråden",
  thread: "Tråden findes ikke",
  category: "Kategorien findes ikke",
  member: "Medlemmet findes ikke",
  municipality: "Kommunen findes ikke",
  tag: "Tagget findes ikke",
  article: "Artiklen findes ikke",
  notification: "Notifikationen findes ikke",
  onboardingStep: "Trinnet findes ikke",
  /** A GET to an address that only takes form posts (the editor's preview and draft endpoints). */
  endpoint: "Ikke fundet",
  /** A watch level for a thread, category or tag that no longer exists. */
  watchTarget: "Findes ikke",
} as const;

export function asSentence(text: string): string {
  return `${text}.`;
}
