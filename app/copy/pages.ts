// Danish wording for the layout, error, welcome, onboarding and moderation pages (issue 16).

/** Title and explanation of an error page, from the status and the message the server sent. */
export function errorPageCopy(status: number | null, message: string | null): { title: string; text: string } {
  if (status === null)
    return {
      title: "Der skete en uventet fejl",
      text: "Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt netværkets koordinator.",
    };
  if (status === 404)
    return {
      title: "Siden findes ikke",
      text: "Vi kunne ikke finde den side, du ledte efter. Den kan være flyttet eller slettet.",
    };
  if (status === 403) return { title: "Ingen adgang", text: message ?? "Du har ikke adgang til denne side." };
  if (status === 410)
    return { title: "Siden findes ikke længere", text: message ?? "Det, du ledte efter, er fjernet eller udløbet." };
  if (status === 400)
    return { title: "Forespørgslen kunne ikke læses", text: message ?? "Prøv igen fra siden, du kom fra." };
  if (status === 429) return { title: "For mange forsøg", text: message ?? "Vent lidt, og prøv så igen." };
  return { title: `Der skete en fejl (${status})`, text: message ?? "Forespørgslen kunne ikke gennemføres." };
}

export const SITE_NAME = "Tværs";

/** "<page> – Tværs", the title of every page. */
export function pageTitle(page: string): string {
  return `${page} – ${SITE_NAME}`;
}

export const welcomeCopy = {
  heading: "Velkommen til netværket",
  intro: "Godt, at du er med. Her er fire ting, der gør de første uger lettere:",
  profileTitle: "Gør din profil færdig",
  profileText:
    "Kolleger ser din stilling og kommune ved dine indlæg. Skriv, hvad du arbejder med, så de ved, hvem de svarer.",
  profileLink: "Gå til din profil",
  experienceTitle: "Tjek dit erfaringsniveau",
  experienceText: (level: string, newcomerMonths: number) =>
    `Du står som «${level}». Det følger din kommune: de første ${newcomerMonths} måneder i netværket er man ny. Er du selv ny i faget eller erfaren, kan du ændre det på din profil.`,
  onboardingTitle: "Følg forløbet «Kom godt i gang»",
  onboardingText:
    "Moderatorerne har udvalgt de tråde og artikler, nye får mest ud af. Markér dem som gjort, efterhånden som du læser dem.",
  onboardingLink: "Åbn forløbet",
  tracksTitle: "Sådan virker sporene",
  tracksText: "Hver tråd hører til ét af tre spor, så spørgsmål fra nye ikke drukner, og erfarne kan gå i dybden:",
  tracksNewcomerNote:
    "Som ny lander dine spørgsmål i «Ny i netværket», hvor mentorer fra andre kommuner holder øje og svarer.",
  dismiss: "Luk velkomsten",
} as const;

export const tagPickerCopy = {
  legend: "Tags",
  legendWithMax: (max: number) => `Tags (højst ${max})`,
  hint: "Vælg hvilken slags case og hvilke temaer det handler om. Sæt flueben ved så mange, du vil.",
  groups: { case: "Slags case", theme: "Temaer" },
  filterLabel: "Find tag",
  filterPlaceholder: "Skriv for at finde et tag …",
  searchHint: "Vis kun tråde med alle de valgte tags.",
  chosen: "Valgt",
  noneMatch: "Ingen tags passer til det, du skrev.",
  overMax: (max: number) => `Du har valgt flere end ${max}. Fjern nogle, før du gemmer.`,
} as const;
