/** Messages every form may show, and the checks shared by many fields (app/forms/). */
export const formCopy = {
  /** A form that arrives without the fields the page sends (an old tab, a hand-made request). */
  notUnderstood: "Handlingen kunne ikke forstås.",
  /** A form whose intent the page does not know. */
  unknownIntent: "Ukendt handling",
  fillIn: (label: string) => `Udfyld ${label}.`,
  atLeast: (label: string, min: number) => `${capitalise(label)} skal være mindst ${min} tegn.`,
  atMost: (label: string, max: number) => `${capitalise(label)} må højst være ${max} tegn.`,
  /** For multi-line texts, whose limits run into the thousands. */
  atMostLong: (label: string, max: number) => `${label} må højst være ${max.toLocaleString("da-DK")} tegn.`,
  copyLink: "Kopiér link",
  copied: "Kopieret",
  invalidCharacters:
    "Teksten indeholder ugyldige eller usynlige tegn (fx et nul-tegn eller en retningsmarkør fra en kopi). Skriv teksten igen uden dem.",
} as const;

/**
 * How fields are named inside the messages above: lower-case where the name ends a sentence
 * ("Udfyld titel."), capitalised where a multi-line text's name starts one ("Beskrivelsen må højst …").
 */
export const fieldNames = {
  title: "titel",
  post: "Indlægget",
  place: "sted",
  description: "Beskrivelsen",
  reason: "Begrundelsen",
  presenter: "oplægsholder",
  notes: "Noterne",
  action: "Handlingen",
  displayName: "visningsnavn",
  profession: "stilling",
  name: "navn",
  region: "region",
  word: "ord",
  expansion: "lang form",
  stepTitle: "trinnets titel",
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
