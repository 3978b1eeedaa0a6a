import { asSentence, notFound } from "./not-found";

/** Danish wording for moderating a thread: lock, pin, category, merge, split and moving it to another track. */
export const threadModerationCopy = {
  threadNotFound: asSentence(notFound.thread),
  categoryNotFound: asSentence(notFound.category),
  moderatorsOnly: "Kun moderatorer kan gøre det.",
  trackRefused: "Kun trådens forfatter eller en moderator kan flytte tråden.",
  mergeTargetMissing: "Skriv adressen på den tråd, der skal flettes ind i, fx /t/12-…",
  mergeWithItself: "En tråd kan ikke flettes med sig selv.",
  splitNothingChosen: "Vælg mindst ét svar (ikke trådens første indlæg), der skal flyttes.",
};

export const splitThreadCopy = {
  title: "Del tråd – Tværs",
  postDeleted: "Indlægget er slettet",
  titleMissing: "Skriv en titel.",
  heading: (title: string) => `Del tråden «${title}»`,
  lead: "Vælg de svar, der handler om noget andet, og giv dem en ny tråd. Trådens første indlæg bliver, hvor det er.",
  newTitle: "Titel på den nye tråd",
  repliesToMove: "Svar, der flyttes",
  create: "Opret ny tråd med de valgte svar",
} as const;
