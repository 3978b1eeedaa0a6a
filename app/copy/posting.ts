/** Writing: the new-thread page (app/routes/ny.tsx), the post checks (app/forms/post-input.ts, app/models/post.server.ts) and the editor (app/components/forms/markdown-editor.tsx). */
export const newThreadCopy = {
  title: "Ny tråd – Tværs",
  heading: "Start en ny tråd",
  lead: "Del en case eller et spørgsmål med kolleger i hele netværket. Husk: ingen navne, CPR-numre eller andet, der kan genkende en ung.",
  notSaved: "Tråden er ikke gemt endnu. Ret felterne nedenfor – din tekst er bevaret.",
  titleLabel: "Titel",
  titleHint: "Skriv konkret, fx «Ung skriver om vold derhjemme – hvornår underretter I?»",
  category: "Kategori",
  track: "Spor",
  trackHintNewcomer: "Som ny i netværket lander dit spørgsmål i «Ny i netværket», hvor mentorer holder øje.",
  trackHint: "Vælg «Fælles», hvis tråden er for alle.",
  bodyLabel: "Indlæg",
  create: "Opret tråd",
} as const;

export const postInputCopy = {
  titleMissing: "Skriv en titel.",
  titleTooShort: (min: number) => `Titlen skal være mindst ${min} tegn.`,
  titleTooLong: (max: number) => `Titlen må højst være ${max} tegn.`,
  bodyMissing: "Skriv et indlæg.",
  bodyTooLong: (max: number) =>
    `Indlægget må højst være ${max.toLocaleString("da-DK")} tegn. Del det op i flere indlæg.`,
  quotesTooDeep: (max: number) =>
    `Indlægget har citater i mere end ${max} niveauer. Fjern nogle af de indlejrede citater.`,
  tooManyTags: (max: number) => `Vælg højst ${max} tags.`,
  chooseTrack: "Vælg et spor.",
  chooseCategory: "Vælg en kategori.",
} as const;

export const postRefusals = {
  tagGone: "Et af de valgte tags findes ikke længere.",
  threadLocked: "Tråden er låst og tager ikke imod nye svar.",
  openingWithReplies: "Trådens første indlæg kan ikke slettes, så længe der er svar i tråden.",
  notDeleted: "Indlægget er ikke slettet.",
  ownHelpful: "Du kan ikke markere dit eget indlæg som nyttigt.",
  questionAsSolution: "Spørgsmålet selv kan ikke være løsningen.",
} as const;

export const editorCopy = {
  hint: "Markdown: **fed**, *kursiv*, > citat, - punktliste, [link](https://…). Skriv aldrig CPR-numre eller navne på unge – brug fx «pige, 15».",
  confirmPersonalData: "Ja, gem alligevel – det er ikke en ungs oplysninger",
  preview: "Forhåndsvis",
  livePreview: "Vis forhåndsvisning mens jeg skriver",
  previewHeading: "Forhåndsvisning",
  nothingToPreview: "<p><em>Intet at vise endnu.</em></p>",
} as const;
