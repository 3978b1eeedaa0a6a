/** Danish wording of the Vidensbank's audience sections (the handbook) and its print view. */
export const handbookCopy = {
  themeUnknown: "Temaet findes ikke, eller det har ingen artikler.",
  knowledgeBase: "Vidensbank",
  sectionsHeading: "Råd til hver målgruppe",
  sectionsHint:
    "Skriv gerne særskilte råd til ledere, praktikere og samarbejdspartnere (Markdown). Tomme felter vises ikke.",
  sectionFor: { leaders: "Til ledere", practitioners: "Til praktikere", partners: "Til samarbejdspartnere" },
  fieldLabel: { leaders: "Ledere", practitioners: "Praktikere", partners: "Samarbejdspartnere" },
  partnerProfession: "Samarbejdspartnerens faggruppe",
  allPartners: "Alle samarbejdspartnere",
  forYou: "Til dig",
  sectionTooLong: (max: number) => `Teksten må højst være ${max.toLocaleString("da-DK")} tegn.`,
  badPartner: "Vælg en faggruppe fra listen.",
  filterLabel: "Målgruppe",
  filterAll: "Alle artikler",
  filterEmpty: "Ingen artikler har endnu råd til denne målgruppe.",
  print: "Udskriv Vidensbanken",
  printTheme: (theme: string) => `Udskriv temaet «${theme}»`,
  printTitle: "Vidensbanken",
  printThemeTitle: (theme: string) => `Vidensbanken: ${theme}`,
  contents: "Indhold",
  printNow: "Udskriv",
  keyPoints: "Hovedpunkter",
} as const;

/** The `?maalgruppe=` values of the Vidensbank list. */
export const audienceParam = {
  ledere: "leaders",
  praktikere: "practitioners",
  samarbejdspartnere: "partners",
} as const;
