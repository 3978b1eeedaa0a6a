/** The moderators' review queue of flagged posts (app/routes/admin.flag.tsx). */
export const flagQueue = {
  title: "Anmeldelser – Tværs",
  heading: "Anmeldelser",
  done: {
    dismiss: "Anmeldelsen er afvist, og indlægget vises igen.",
    hide: "Indlægget er skjult for medlemmerne.",
    redact: "Teksten er fjernet fra indlægget, dets historik og søgningen.",
    "redact-partial":
      "Teksten er fjernet, men databasefilen kunne ikke renses helt, fordi et andet program læste i den. Prøv igen om lidt for at rense den.",
    warn: "Forfatteren har fået din besked på sin profil.",
  } as Record<string, string>,
  empty: "Der er ingen åbne anmeldelser.",
  order: "Ældste først. En handling lukker alle åbne anmeldelser af samme indlæg.",
  flaggedBy: " · anmeldt af ",
  hiddenByModerator: " · skjult af en moderator",
  hiddenUntilHandled: " · skjult for medlemmer, til det er behandlet",
  deleted: " · slettet",
  notePrefix: "Bemærkning: ",
  postBy: "Indlæg af ",
  dismiss: "Afvis anmeldelsen",
  hide: "Skjul indlægget",
  edit: "Redigér indlægget",
  redactSummary: "Fjern tekst for altid",
  redactLabel: "Den præcise tekst, der skal fjernes",
  redactHint:
    "Fjernes overalt i indlægget, dets tidligere versioner, citater i tråden, titlen og søgningen og erstattes af «[fjernet af moderator]». Kan ikke fortrydes.",
  redact: "Fjern teksten",
  warnSummary: "Advar forfatteren",
  warnLabelPrefix: "Besked til ",
  warnLabelSuffix: " (vises kun for forfatteren)",
  warn: "Send advarsel",
} as const;

export const flagQueueActionCopy = {
  alreadyHandled: "Anmeldelsen er allerede behandlet af en anden moderator.",
  messageMissing: "Skriv en besked.",
} as const;
