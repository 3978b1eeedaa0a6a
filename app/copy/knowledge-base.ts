/** Vidensbank: the list (app/routes/vidensbank._index.tsx), the article form and its checks, and the article pages. */
export const knowledgeBaseCopy = {
  title: "Vidensbank – Tværs",
  heading: "Vidensbank",
  lead: "Det, netværket har lært, samlet af moderatorerne i korte artikler – med links til trådene, erfaringerne kommer fra.",
  draft: "Kladde",
  dueFor: (date: string) => ` skulle gennemgås ${date}`,
  dueHeading: "Skal gennemgås",
  noneDue: "Ingen artikler har passeret deres dato for gennemgang.",
  draftsHeading: "Kladder",
  howToStart: "Nye artikler laves fra en tråd: åbn tråden, og vælg «Lav en artikel til Vidensbanken».",
  empty: "Der er endnu ingen artikler i Vidensbanken.",
  /** The group of articles with no theme. */
  noTheme: "Øvrige",
} as const;

/** The article form (app/components/knowledge/article-form.tsx) and its checks (app/models/article-form.server.ts). */
export const articleFormCopy = {
  notSaved: "Artiklen er ikke gemt. Ret felterne nedenfor – din tekst er bevaret.",
  title: "Titel",
  summary: "Resumé",
  keyPoints: "Hovedpunkter",
  keyPointsHint: (max: number) => `Ét punkt pr. linje, højst ${max}.`,
  sources: "Kilder: de indlæg, artiklen bygger på",
  noSources: "Tråden har ingen indlæg, der kan citeres.",
  themes: (max: number) => `Temaer (højst ${max})`,
  owner: "Ansvarlig",
  reviewOn: "Gennemgås senest",
  reviewOnHint: "Den ansvarlige tjekker, at artiklen stadig holder. Derefter står den på moderatorernes liste.",
  status: "Status",
  statusDraft: "Kladde – kun moderatorer kan se den",
  statusPublished: "Offentliggjort – alle medlemmer kan se den",
  cancel: "Annullér",
  // The checks
  summaryMissing: "Skriv et resumé.",
  summaryTooLong: (max: number) => `Resuméet må højst være ${max.toLocaleString("da-DK")} tegn.`,
  keyPointsMissing: "Skriv mindst ét hovedpunkt.",
  keyPointsTooLong: (max: number) => `Hovedpunkterne må højst fylde ${max} tegn.`,
  keyPointTooLong: (max: number) => `Et hovedpunkt må højst være ${max} tegn.`,
  keyPointsOnePerLine: "Skriv mindst ét hovedpunkt – ét pr. linje.",
  tooManyKeyPoints: (max: number) => `Skriv højst ${max} hovedpunkter.`,
  tooManySources: (max: number) => `Vælg højst ${max} indlæg.`,
  sourcesMissing: "Vælg mindst ét indlæg, artiklen bygger på.",
  tooManyThemes: (max: number) => `Vælg højst ${max} temaer.`,
  ownerMissing: "Vælg en ansvarlig.",
  reviewOnMissing: "Vælg en dato for næste gennemgang.",
  noSuchDate: "Datoen findes ikke.",
  statusMissing: "Vælg kladde eller offentliggjort.",
  sourceOutsideThread: "Vælg kun indlæg fra tråden.",
  themeOutsideList: "Vælg kun temaer fra listen.",
  ownerOutsideList: "Vælg en ansvarlig fra listen.",
} as const;

export const articleStartCopy = {
  title: "Sådan laver du en artikel til Vidensbanken",
  heading: "Sådan laver du en artikel til Vidensbanken",
  lead: "En artikel samler det, en tråd har lært netværket. Den laves altid fra tråden, så den kan henvise til de indlæg, den bygger på.",
  steps: [
    "Find tråden, fx med søgningen eller fra en kategori.",
    "Åbn tråden. Under titlen står linket «Lav en artikel til Vidensbanken» (kun moderatorer ser det).",
    "Skriv resumé og hovedpunkter, vælg de indlæg, artiklen bygger på, og gem den som kladde eller offentliggør den.",
  ],
  unknownThread: "Tråden i linket findes ikke (længere). Start fra den tråd, artiklen skal bygge på.",
  noThread: "Vælg en tråd: åbn tråden, og vælg «Lav en artikel til Vidensbanken».",
  search: "Find en tråd",
  back: "Tilbage til Vidensbanken",
  themesHint: "Artiklen står under hvert af de valgte temaer i Vidensbanken.",
} as const;

/** The new article page (app/routes/vidensbank.ny.tsx) and the edit page (app/routes/vidensbank.$slug_.rediger.tsx). */
export const articleEditCopy = {
  newTitle: "Ny artikel til Vidensbanken – Tværs",
  newHeading: "Ny artikel til Vidensbanken",
  newLead:
    "Saml det, tråden har lært netværket, i en kort artikel. Medlemmer ser den først, når den er offentliggjort.",
  create: "Opret artikel",
  editTitle: (title: string) => `Redigér «${title}» – Vidensbank – Tværs`,
  editFallbackTitle: "Redigér artikel – Tværs",
  editHeading: "Redigér artikel",
  isPublished: "Artiklen er offentliggjort.",
  isDraft: "Artiklen er en kladde, som kun moderatorer kan se.",
  unpublish: "Gør til kladde igen",
  publish: "Offentliggør",
  save: "Gem ændringer",
} as const;

/** An article's page (app/routes/vidensbank.$slug.tsx). */
export const articlePageCopy = {
  title: (title: string) => `${title} – Vidensbank – Tværs`,
  fallbackTitle: "Vidensbank – Tværs",
  knowledgeBase: "Vidensbank",
  edit: "Redigér artiklen",
  summary: "Resumé",
  keyPoints: "Hovedpunkter",
  sources: "Kilder fra forummet",
  experienceFrom: "Erfaringer fra",
  none: "–",
  owner: "Ansvarlig",
  reviewOn: "Gennemgås senest",
  overdue: " (skal gennemgås)",
} as const;

/** The Markdown files of the knowledge-base export (app/models/knowledge-export.server.ts). */
export const knowledgeExportCopy = {
  theme: "Tema",
  owner: "Ansvarlig",
  reviewOn: "Gennemgås senest",
  contributions: "Bidrag fra",
  none: "–",
  keyPoints: "Hovedpunkter",
  sources: "Kilder i forummet",
} as const;
