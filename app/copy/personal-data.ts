/** What the personal-data guard says (app/privacy/personal-data.ts, personal-data.server.ts). */
export const personalDataCopy = {
  andMore: (rest: number) => ` og ${rest} mere`,
  etAl: " m.fl.",
  cprFound: (single: boolean, listed: string) =>
    `Teksten indeholder det, der ligner ${single ? "et CPR-nummer" : "CPR-numre"}: ${listed}. ` +
    `Fjern ${single ? "det" : "dem"}, og beskriv den unge med et pseudonym, fx "pige, 15".`,
  contactFound: (listed: string) =>
    `Teksten indeholder en e-mailadresse eller et telefonnummer (${listed}). ` +
    "Er du sikker på, at det ikke er en ung persons oplysninger? Sæt kryds for at gemme alligevel.",
  containsCpr: "Teksten indeholder et CPR-nummer.",
} as const;
