/** Danish wording for answers given when a request or the server's storage cannot be handled (issue 13, HTTP and fault hardening). */

export const bodyTooLarge = {
  title: "Det, du sendte, er for stort",
  text: "Forespørgslen er større, end Tværs tager imod. Et indlæg må højst være 50.000 tegn. Gå tilbage, forkort teksten, og prøv igen.",
};

/** Shown next to a form when the database cannot take the write: the typed text is sent back with it. */
export const storageUnavailable =
  "Tværs kan ikke gemme lige nu, fordi serverens lager er fuldt eller skrivebeskyttet. Din tekst er ikke gemt, men den står stadig herunder – prøv igen om lidt, eller kopiér den, så du ikke mister den.";

/** Answers given by the Express layer before Remix runs (app/server/request-limits.ts). */
export const requestErrors = {
  headersTooLarge: "Forespørgslens headere er for store. Slet cookies for siden, og prøv igen.",
  unreadable: "Forespørgslen kunne ikke læses.",
  badAddress: "Adressen eller forespørgslen kunne ikke læses. Tjek linket, og prøv igen.",
  notFound: "Siden findes ikke.",
  refused: "Forespørgslen blev afvist.",
  otherSite: "Forespørgslen blev afvist, fordi den kom fra et andet websted.",
  tooManyLiveStreams: "For mange åbne forbindelser lige nu.",
  unexpected: "Der skete en uventet fejl. Prøv igen om lidt.",
  homeLink: "Til forsiden",
};

/** A form body Tværs cannot read (app/forms/read-form.server.ts). */
export const unreadableForm = {
  wrongFormat: "Formularen blev sendt i et format, Tværs ikke kan læse. Genindlæs siden, og prøv igen.",
  broken: "Formularen kunne ikke læses. Genindlæs siden, og prøv igen – din tekst er måske ikke sendt med.",
};
