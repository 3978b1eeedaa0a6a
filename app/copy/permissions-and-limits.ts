/** Danish wording for refusals by the permissions module and for the abuse limits (issue 13). */
export const permissionCopy = {
  inviteRoleRefused: "Kun administratorer kan invitere moderatorer og administratorer.",
  revokeRefused: "Du kan kun trække dine egne invitationer tilbage. Kontakt en administrator.",
  invitationNotFound: "Invitationen findes ikke.",
};

export const limitCopy = {
  /** The flag reached a moderator but did not hide the post: the flagger already has this many open personal-data flags. */
  flagQueuedWithoutHiding: (open: number) =>
    `Tak. Din anmeldelse er sendt til en moderator. Du har allerede ${open} åbne anmeldelser for personoplysninger, så indlægget bliver ikke skjult, før en moderator har set på det.`,
};
