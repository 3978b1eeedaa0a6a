// Danish strings for redaction and erasure (issue 13). Kept apart from da.ts so parallel work does not collide.

export const redactionCopy = {
  adminLogIntro:
    "Alle ændringer foretaget af administratorer og moderatorer. Loggen kan ikke redigeres eller slettes; kun personoplysninger tages ud af detaljerne, når en moderator fjerner tekst fra et indlæg, eller et medlem slettes.",
  scrubbedNote: (when: string) => `Personoplysninger fjernet ${when}`,
} as const;

/** Refusals of the redaction form (app/models/redaction.server.ts). */
export const redactionRefusals = {
  alreadyRemoved: "Teksten er allerede fjernet.",
  notFound: "Teksten findes ikke i indlægget, dets tidligere versioner eller trådens titel. Kopiér den præcist.",
} as const;

/** Erasure of a member (app/models/data-rights.server.ts). */
export const erasureCopy = {
  /** The name an erased member's posts show, stored in place of the name. */
  erasedName: "Tidligere medlem",
} as const;
