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
