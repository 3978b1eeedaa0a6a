import type { FlagReason } from "../../db/schema";

/** Flagging a post: the form under each post (app/routes/t.$threadRef/flag-form.tsx) and its checks (app/models/flag.server.ts). */
export const flagReasonLabels: Record<FlagReason, string> = {
  personal_data: "Personoplysninger",
  inappropriate: "Upassende",
  off_topic: "Uden for emnet",
  other: "Andet",
};

export const flagReasonHints: Record<FlagReason, string> = {
  personal_data: "fx navn, CPR-nummer eller andet, der kan genkende en ung. Indlægget skjules med det samme.",
  inappropriate: "krænkende eller upassende i et fagligt forum.",
  off_topic: "hører ikke til i tråden.",
  other: "skriv kort, hvad der er galt.",
};

export const flagFormCopy = {
  thanks: "Tak. En moderator ser på din anmeldelse.",
  open: "Anmeld",
  why: "Hvorfor vil du anmelde indlægget?",
  note: "Bemærkning til moderatoren (skal udfyldes ved «Andet»)",
  send: "Send anmeldelse",
  chooseReason: "Vælg en grund.",
  noteTooLong: (max: number) => `Bemærkningen må højst være ${max} tegn.`,
  noteRequired: "Skriv, hvad der er galt med indlægget.",
  alreadyFlagged: "Du har allerede anmeldt dette indlæg. En moderator ser på det.",
  warningRequired: "Skriv en besked til forfatteren.",
  warningTooLong: "Beskeden må højst være 2.000 tegn.",
} as const;
