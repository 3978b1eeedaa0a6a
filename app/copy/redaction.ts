// Danish strings for redaction and erasure (issue 13). Kept apart from da.ts so parallel work does not collide.

export const redactionCopy = {
  adminLogIntro:
    "Alle ændringer foretaget af administratorer og moderatorer. Loggen kan ikke redigeres eller slettes; kun personoplysninger tages ud af detaljerne, når en moderator fjerner tekst fra et indlæg, eller et medlem slettes.",
  scrubbedNote: (when: string) => `Personoplysninger fjernet ${when}`,
} as const;
