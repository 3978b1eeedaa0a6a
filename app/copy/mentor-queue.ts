/** The mentor queue: its page (app/routes/mentorkoe.tsx) and its list (app/components/front/mentor-queue-list.tsx). */
export const mentorQueueCopy = {
  title: "Mentorkø – Tværs",
  heading: "Mentorkø",
  mentorsOnly: "Mentorkøen er for mentorer. Erfarne medlemmer kan melde sig som mentor på deres profil.",
  lead: "Ubesvarede spørgsmål fra nye i netværket, ældste først. Sig «Jeg svarer», så ved de andre mentorer, at spørgsmålet er taget – din markering gælder i 48 timer.",
  show: "Vis",
  myThemes: "Mine temaer",
  allUnanswered: "Alle ubesvarede",
  noThemes: "Du har ikke valgt temaer, så du ser alle ubesvarede spørgsmål.",
  chooseThemes: "Vælg temaer på din profil",
  claimed: "Du har taget spørgsmålet",
  empty: "Ingen ubesvarede spørgsmål fra nye lige nu. Tak!",
  waiting: " · venter i ",
  fromPaired: "Jeres mentorkommune",
  answering: (name: string) => `${name} svarer`,
  claim: "Jeg svarer",
  age: (hours: number) =>
    hours < 1
      ? "under en time"
      : hours < 48
        ? hours === 1
          ? "1 time"
          : `${hours} timer`
        : `${Math.floor(hours / 24)} dage`,
  release: "Giv det fra dig",
} as const;

/** Refusals when a mentor claims a question (app/models/mentoring.server.ts). */
export const mentorClaimRefusals = {
  notClaimable: "Spørgsmålet er allerede besvaret eller ikke et spørgsmål fra en ny.",
  claimedByAnother: "En anden mentor har allerede sagt, at de svarer.",
} as const;
