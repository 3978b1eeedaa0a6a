/** Danish wording for refusals by the permissions module and for the abuse limits (issue 13). */
export const permissionCopy = {
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
