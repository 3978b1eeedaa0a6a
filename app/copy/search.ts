import { pluralise } from "./da";

/** Danish strings of search: corrections, filtered lists, similar threads. */
export const searchCopy = {
  showingCorrected: "Viser resultater for",
  searchInstead: "søg i stedet efter",
  pastTheEnd: (pages: number) =>
    pages === 1 ? "Der er kun én side med resultater." : `Der er kun ${pages} sider med resultater.`,
  backToFirst: "Til første side",
  filteredIntro: "Tråde der passer til afgrænsningen, nyeste først.",
  similarHeading: "Lignende tråde",
  similarBeforeAsking: "Måske er dit spørgsmål allerede besvaret:",
  answered: "Besvaret",
  knowledge: "Vidensbank",
};

/** The search page (app/routes/soeg.tsx). */
export const searchPage = {
  title: (q: string) => (q ? `«${q}» – søgning – Tværs` : "Søg – Tværs"),
  heading: "Søg i erfaringer",
  queryLabel: "Søgeord",
  queryHint:
    'Skriv ord fra det, du leder efter. Brug "anførselstegn" for en præcis frase, -ord for at udelukke og ord* for ord, der begynder sådan.',
  narrowDown: "Afgræns søgningen",
  category: "Kategori",
  allCategories: "Alle kategorier",
  municipality: "Kommune",
  allMunicipalities: "Alle kommuner",
  track: "Spor",
  allTracks: "Alle spor",
  author: "Forfatter",
  allAuthors: "Alle",
  from: "Fra dato",
  to: "Til dato",
  tags: "Tags",
  answeredOnly: "Kun besvarede tråde",
  knowledgeOnly: "Kun tråde samlet i Vidensbanken",
  sort: "Sortering",
  bestMatch: "Bedste match",
  newestFirst: "Nyeste først",
  submit: "Søg",
  intro:
    "Søg i alle tråde og svar fra netværkets kommuner – også bøjede ord, sammensatte ord og stavning uden æ, ø og å.",
  noResults: "Ingen resultater",
  found: (n: number) => pluralise(n, "tråd fundet", "tråde fundet"),
  nothingFound: (q: string) =>
    `Vi fandt ingen tråde${q.trim() ? ` for «${q}»` : ""}. Prøv færre eller andre ord, eller fjern afgrænsningerne.`,
  collectedIn: "Samlet i Vidensbanken:",
  pagesLabel: "Sider med resultater",
};
