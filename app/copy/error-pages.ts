/** The Danish wording of error pages, shared by every route's ErrorBoundary. */
export const errorPageCopy = {
  siteSuffix: " – Tværs",
  notFoundTitle: "Siden findes ikke",
  notFoundText: "Vi kunne ikke finde den side, du ledte efter. Den kan være flyttet eller slettet.",
  forbiddenTitle: "Ingen adgang",
  forbiddenText: "Du har ikke adgang til denne side.",
  failedTitle: (status: number) => `Der skete en fejl (${status})`,
  failedText: "Forespørgslen kunne ikke gennemføres.",
  unexpectedTitle: "Der skete en uventet fejl",
  unexpectedText: "Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt netværkets koordinator.",
  frontPageLink: "Gå til forsiden",
} as const;
