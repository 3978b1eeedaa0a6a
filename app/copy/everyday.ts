/** Danish wording for drafts, quotes, deletion with undo, bookmarks and post history. */

export const UNDO_MINUTES = 10;

export const draftCopy = {
  invalid: "Ugyldig kladde.",
  saved: "Kladde gemt.",
  saving: "Gemmer kladde …",
  offline: "Kladden kunne ikke gemmes lige nu. Din tekst er her stadig; vi prøver igen, når du skriver videre.",
  signedOut:
    "Du er blevet logget ud, så kladden er ikke gemt. Din tekst er her stadig – log ind i et nyt faneblad, og skriv videre.",
  cprNotStored:
    "Kladden er ikke gemt, fordi teksten ligner et CPR-nummer. Din tekst er her stadig – fjern nummeret, så gemmes kladden igen.",
  tooLong: "Kladden er for lang til at blive gemt. Din tekst er her stadig.",
  restored: "Du fortsætter på en gemt kladde.",
  heading: "Kladder",
  none: "Du har ingen gemte kladder.",
  continueReply: "Fortsæt svaret",
  continueThread: "Fortsæt den nye tråd",
  newThread: "Ny tråd",
  delete: "Slet kladde",
  deleted: "Kladden er slettet.",
} as const;

export const quoteCopy = {
  button: "Citér",
  wrote: "skrev",
  notFound: "Indlægget kan ikke citeres: det findes ikke, er slettet eller skjult.",
} as const;

export const deleteCopy = {
  onlyOwn: "Du kan kun slette dine egne indlæg.",
  backToThread: (title: string) => `Tilbage til tråden «${title}»`,
  button: "Slet",
  pageTitle: "Slet indlæg?",
  question: "Vil du slette dette indlæg?",
  explain: `Indlægget forsvinder fra tråden. Du kan fortryde i ${UNDO_MINUTES} minutter.`,
  confirm: "Ja, slet indlægget",
  cancel: "Nej, behold det",
  deletedNote: "Indlægget er slettet.",
  undo: "Fortryd",
  undone: "Indlægget er tilbage.",
  undoExpired: `Sletningen kan kun fortrydes i ${UNDO_MINUTES} minutter, af den der slettede.`,
  openingRefused: "Trådens første indlæg kan ikke slettes, så længe der er svar i tråden.",
} as const;

export const bookmarkCopy = {
  save: "Gem",
  saved: "Gemt",
  saveTitle: "Gem indlægget på din profil",
  savedTitle: "Fjern fra dine gemte indlæg",
  heading: "Gemte indlæg",
  none: "Du har ikke gemt nogen indlæg endnu. Tryk «Gem» under et indlæg for at finde det her.",
  remove: "Fjern",
  unavailable: "Indlægget er slettet eller skjult.",
} as const;

export const historyCopy = {
  title: "Historik – Tværs",
  refused: "Kun forfatteren og moderatorer kan se historikken.",
  backToThread: "Tilbage til tråden",
  heading: "Historik for indlægget",
  current: "Nuværende version",
  earlier: "Tidligere versioner",
  neverEdited: "Indlægget er ikke blevet redigeret.",
  revision: (when: string, editor: string) => `Ændring ${when} af ${editor}`,
  titleBefore: (title: string) => `Titel før: «${title}»`,
  tagsBefore: (tags: string) => `Tags før: ${tags || "ingen"}`,
  textBefore: "Teksten før ændringen",
  changes: "Ændringer",
  added: "tilføjet",
  removed: "fjernet",
  legend: "Tilføjet tekst er understreget og markeret med grønt; fjernet tekst er gennemstreget og markeret med rødt.",
  noChange: "Teksten er uændret (kun titel eller tags er ændret).",
  fromTo: (from: string, to: string) => `Fra ${from} til ${to}`,
} as const;

/** Editing a post (app/routes/indlaeg.$postId.rediger.tsx). */
export const editPostCopy = {
  title: "Redigér indlæg – Tværs",
  onlyOwn: "Du kan kun redigere dine egne indlæg.",
  locked: "Tråden er låst. Kontakt en moderator, hvis noget skal rettes.",
  heading: (isOpening: boolean) => `Redigér ${isOpening ? "tråd" : "indlæg"}`,
  lead: "Den tidligere version gemmes i historikken, som du og moderatorerne kan se.",
  notSaved: "Ændringen er ikke gemt. Ret felterne nedenfor – din tekst er bevaret.",
  titleLabel: "Titel",
  bodyLabel: "Indlæg",
  save: "Gem ændringer",
  cancel: "Annullér",
} as const;
