/** Messages every form may show. */
export const formCopy = {
  /** A form that arrives without the fields the page sends (an old tab, a hand-made request). */
  notUnderstood: "Handlingen kunne ikke forstås.",
} as const;
