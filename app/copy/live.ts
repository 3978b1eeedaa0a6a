/** Danish wording for the thread page's live parts: new replies while the page is open. */
export const liveCopy = {
  /** The button that appears when replies arrive: "1 nyt svar – vis" / "3 nye svar – vis". */
  newReplies: (count: number) => (count === 1 ? "1 nyt svar – vis" : `${count} nye svar – vis`),
  signInRequired: "Log ind for at følge tråden.",
  threadNotFound: "Tråden findes ikke.",
};

/** Danish wording for the @-handle autocomplete in the Markdown editor. */
export const mentionCopy = {
  listLabel: "Medlemmer at nævne",
  found: (count: number) =>
    count === 0
      ? "Ingen medlemmer fundet."
      : `${count === 1 ? "1 medlem" : `${count} medlemmer`} fundet. Vælg med pil op og ned og Enter, Escape lukker.`,
};
