import { pluralise } from "./da";

/** What every browsing page shares: breadcrumbs. */
export const browseCopy = {
  breadcrumbs: "Brødkrummer",
  front: "Forside",
  municipalities: "Kommuner",
  tags: "Tags",
} as const;

/** A category's page (app/routes/k.$slug.tsx). */
export const categoryPageCopy = {
  title: (name: string) => `${name} – Tværs`,
  fallbackTitle: "Kategori – Tværs",
  startThread: "Start en ny tråd",
  count: (n: number) => `${pluralise(n, "tråd", "tråde")}, nyeste aktivitet først`,
  empty: "Der er ingen tråde i denne kategori endnu.",
} as const;

/** The tag directory (app/routes/tags._index.tsx) and a tag's page (app/routes/tag.$slug.tsx). */
export const tagsCopy = {
  title: "Tags – Tværs",
  heading: "Tags",
  caseTags: "Case-tags",
  caseTagsIntro: "Hvilken slags situation tråden handler om.",
  themes: "Temaer",
  themesIntro: "Det faglige tema, drøftelsen hører til.",
  threadCount: (n: number) => pluralise(n, "tråd", "tråde"),
  tagTitle: (label: string) => `${label} – Tværs`,
  tagFallbackTitle: "Tag – Tværs",
  withTag: (n: number) => `${pluralise(n, "tråd", "tråde")} med dette tag`,
  tagEmpty: "Ingen tråde har dette tag endnu.",
} as const;

/** Thread lists everywhere (app/components/thread-list.tsx, app/components/unread-view-switch.tsx). */
export const threadListCopy = {
  empty: "Der er ingen tråde her endnu.",
  locked: "Låst",
  pinned: "Fastgjort",
  answered: "Besvaret",
  replies: "Svar",
  helpful: "Nyttigt",
  latest: "Seneste",
  by: (name: string) => ` af ${name}`,
  viewLabel: "Visning",
  hiddenNewcomerTrack: "Sporet «Ny i netværket» er skjult efter dit valg.",
  showNewcomerTrack: "Vis spørgsmål fra nye",
} as const;

/** Page links under long lists (app/components/pagination.tsx). */
export const paginationCopy = {
  label: "Sider",
  previous: "← Forrige",
  next: "Næste →",
  page: (n: number) => `Side ${n}`,
} as const;
