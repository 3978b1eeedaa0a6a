/** Mentors, mentor municipalities and the onboarding path of the demo network. */
export const mentors: { member: string; themes: string[] }[] = [
  { member: "mentor", themes: ["chatraadgivning", "metode", "onboarding", "retningslinjer", "anonymitet"] },
  { member: "karen", themes: ["forældresamarbejde", "ssp", "uu-vejledning"] },
  { member: "louise", themes: ["frivillige", "chatraadgivning", "supervision"] },
];

/** newcomer municipality → experienced mentor municipality */
export const pairings: { newcomer: string; mentor: string }[] = [
  { newcomer: "tonder", mentor: "skanderborg" },
  { newcomer: "helsingoer", mentor: "odder" },
  { newcomer: "naestved", mentor: "aarhus" },
];

export const onboardingPath: { title: string; note: string; thread: string }[] = [
  { title: "Sådan bruger du Tværs", note: "Spor, tags og hvordan du stiller et godt spørgsmål.", thread: "Velkommen til Tværs – sådan bruger du forummet" },
  { title: "Del en case anonymt", note: "Læs dette, før du skriver om en konkret ung.", thread: "Sådan deler du en case i forummet – anonymisering og god skik" },
  { title: "Underretning og den anonyme chat", note: "Hvad skærpet underretningspligt betyder, når den unge er anonym.", thread: "Overblik: Skærpet underretningspligt og den anonyme chat – læs her først" },
  { title: "Den første besked", note: "Erfarne kollegers bud på, hvordan du åbner en stille chat.", thread: "Første besked i chatten: hvad skriver I, når den unge ikke siger noget?" },
  { title: "Overlevering mellem vagter", note: "En skabelon, mange kommuner bruger.", thread: "Overlevering mellem chatvagter: vores skabelon (version 3) til inspiration" },
  { title: "Pas på dig selv", note: "Debriefing efter tunge vagter.", thread: "Debriefing efter tunge chatvagter – hvordan har I organiseret det i praksis?" },
];

/** Steps the demo newcomer has already done (by index), so the front page shows progress. */
export const onboardingDone: { member: string; steps: number[] }[] = [
  { member: "ny", steps: [0, 1] },
  { member: "ida", steps: [0, 1, 2, 3] },
];
