/** The municipalities list (app/routes/kommuner._index.tsx) and a municipality's page (app/routes/kommune.$slug.tsx). */
export const municipalitiesCopy = {
  title: "Kommuner i netværket – Tværs",
  heading: "Kommuner i netværket",
  lead: (count: number) => `${count} kommuner har en ungeside på Cyberhus og deler erfaringer her.`,
  tableCaption: "Kommuner med region, indmeldelse og erfaring",
  municipality: "Kommune",
  region: "Region",
  joined: "Med i netværket siden",
  experience: "Erfaring",
  members: "Medlemmer",
} as const;

export const municipalityPageCopy = {
  title: (name: string) => `${name} – Tværs`,
  fallbackTitle: "Kommune – Tværs",
  heading: (name: string) => `${name} Kommune`,
  setByAdmin: " (sat af en administrator)",
  newcomerUntil: (date: string) => ` (til ${date})`,
  mentorMunicipality: "Mentorkommune",
  mentorMunicipalityFor: "Mentorkommune for",
  noMembers: "Kommunen har ingen medlemmer på Tværs endnu.",
  threadsFrom: (name: string) => `Tråde fra ${name}`,
  noThreads: "Kommunen har ikke startet nogen tråde endnu.",
  cannotMentorItself: "En kommune kan ikke være sin egen mentorkommune.",
} as const;

export const municipalitiesAdminCopy = {
  title: "Kommuner – administration – Tværs",
  dateFormat: "Skriv datoen som ÅÅÅÅ-MM-DD.",
  noSuchDate: "Datoen findes ikke.",
  fillInAll: "Udfyld alle felter.",
  name: "Navn",
  region: "Region",
  joined: "Med i netværket siden",
  experience: "Erfaring",
  automatic: "Automatisk (ny de første 12 måneder)",
  alwaysExperienced: "Altid erfaren",
  alwaysNewcomer: (label: string) => `Altid ${label.toLowerCase()}`,
  heading: "Kommuner",
  addHeading: "Tilføj en kommune",
  add: "Tilføj",
  listHeading: "Kommuner i netværket",
  save: "Gem",
} as const;
