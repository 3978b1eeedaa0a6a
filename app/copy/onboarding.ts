/** The onboarding path «Kom godt i gang»: its page (app/routes/kom-godt-i-gang.tsx) and list (app/components/front/onboarding-path.tsx). */
export const onboardingCopy = {
  markDone: "Markér som gjort",
  done: "Gjort",
  undo: "Fortryd",
  /** Read after "Fortryd" by screen readers, so the button says what it undoes. */
  // A dash with spaces, not a colon: Chromium puts a space before visually hidden text in a name.
  undoHidden: (title: string) => ` – «${title}» er ikke gjort alligevel`,
  markDoneHidden: (title: string) => ` – ${title}`,
  empty: "Moderatorerne har ikke lagt et forløb for nye ind endnu.",
  progressLabel: "Fremskridt i forløbet",
  progress: (done: number, total: number) => `${done} af ${total} trin gennemført`,
  // The page
  title: "Kom godt i gang – Tværs",
  heading: "Kom godt i gang",
  invalidStep: "Ugyldigt trin",
  lead: "Et forløb for nye kommuner og nye kolleger i netværket, sat sammen af moderatorerne. Læs trådene i rækkefølge, og markér dem, når du er færdig – så kan du og moderatorerne se, hvor langt du er.",
  mentorIs: "Jeres mentorkommune er",
  mentorSeesFirst: ". Deres kolleger ser jeres spørgsmål først.",
} as const;
