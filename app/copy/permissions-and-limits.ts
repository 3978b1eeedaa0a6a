/** Danish wording for refusals by the permissions module and for the abuse limits (issue 13). */
export const permissionCopy = {
  moderatorsOnlyPage: "Denne side er kun for moderatorer.",
  adminsOnlyPage: "Denne side er kun for administratorer.",
  inviteRoleRefused: "Kun administratorer kan invitere moderatorer og administratorer.",
  revokeRefused: "Du kan kun trække dine egne invitationer tilbage. Kontakt en administrator.",
  invitationNotFound: "Invitationen findes ikke.",
};

export const limitCopy = {
  /** The flag reached the moderators but did not hide the post: the flagger already has `limit` open personal-data flags hiding posts. */
  flagQueuedWithoutHiding: (limit: number) =>
    `Tak. Din anmeldelse er sendt til en moderator. Indlægget er ikke skjult, fordi du allerede har ${limit} åbne anmeldelser for personoplysninger, der venter på en moderator. Det skjules, hvis moderatoren giver dig ret.`,
};

export const visibilityCopy = {
  /** A Vidensbank article whose every source post was deleted or hidden since it was written. */
  articleSourcesGone: "Indlæggene, artiklen bygger på, er slettet eller skjult.",
};

/** The posting limits (app/models/posting-limits.server.ts). */
export const postingLimitCopy = {
  tooSoon: (wait: number) =>
    `Du har lige skrevet et indlæg. Vent ${wait} ${wait === 1 ? "sekund" : "sekunder"}, og prøv igen – din tekst er bevaret.`,
  duplicate: "Du har allerede sendt præcis den samme tekst for lidt siden. Er det en dobbelt indsendelse?",
  threadsPerDay: (max: number) =>
    `Du har startet ${max} tråde det seneste døgn, som er grænsen. Skriv gerne videre i en af dem, eller prøv igen i morgen.`,
};

/** Answers of the JSON endpoints under /api to a visitor who is not signed in. */
export const apiSignInCopy = {
  members: "Log ind for at slå medlemmer op.",
  quote: "Du er ikke logget ind.",
  similar: "Log ind for at se lignende tråde.",
  search: "Log ind for at søge.",
};
