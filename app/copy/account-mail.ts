/** Danish wording of the way back in (forgotten password) and of invitation mails. */
export const accountMailCopy = {
  forgotLink: "Glemt adgangskode?",
  forgotTitle: "Glemt adgangskode",
  forgotLead:
    "Skriv den e-mailadresse, du bruger på Tværs. Vi sender dig et link, så du kan vælge en ny adgangskode. Linket virker én gang og i en time.",
  forgotButton: "Send link",
  emailLabel: "E-mailadresse",
  backToSignIn: "Tilbage til log ind",
  newPasswordLabel: "Ny adgangskode",
  // One answer whether or not the address is known, so the form never reveals who is a member.
  forgotSent:
    "Hvis adressen hører til et medlem af Tværs, har vi sendt et link til den. Tjek også spamfilteret. Linket virker i en time.",
  forgotThrottled: "Der er bedt om for mange links på kort tid. Vent et kvarter, og prøv igen.",
  emailMissing: "Skriv din e-mailadresse.",
  emailTooLong: "E-mailadressen er for lang.",
  resetTitle: "Vælg en ny adgangskode",
  resetLead: "Når du har gemt den nye adgangskode, bliver du logget ud alle andre steder og logget ind her.",
  resetButton: "Gem ny adgangskode",
  passwordsDiffer: "De to adgangskoder er ikke ens.",
  resetInvalid: {
    expired: { title: "Linket er udløbet", text: "Et link til ny adgangskode virker i en time. Bed om et nyt." },
    used: {
      title: "Linket er allerede brugt",
      text: "Et link til ny adgangskode virker kun én gang. Bed om et nyt, hvis du stadig ikke kan logge ind.",
    },
    unknown: { title: "Linket er ikke gyldigt", text: "Tjek, at du har fået hele linket med, eller bed om et nyt." },
  },
  askAgain: "Bed om et nyt link",
  signInHint: "Har du glemt din adgangskode, kan du få et link til at vælge en ny.",
  adminSendReset: "Send nulstillingslink",
  adminResetSent: (name: string) => `Et link til ny adgangskode er sendt til ${name}.`,
  adminResetDisabled: "Medlemmet er deaktiveret. Genaktivér det først.",
  // The mails.
  resetSubject: "Ny adgangskode til Tværs",
  resetBody:
    "Der er bedt om en ny adgangskode til din konto på Tværs. Følg linket for at vælge en. Linket virker én gang og i en time.",
  resetIgnore: "Har du ikke bedt om det, kan du se bort fra denne mail; din adgangskode er uændret.",
  resetLinkLabel: "Vælg en ny adgangskode",
  invitationSubject: "Du er inviteret til Tværs",
  invitationBody: (inviter: string, municipality: string) =>
    `${inviter} har inviteret dig til Tværs, det lukkede forum for fagfolk i netværket for digital ungerådgivning, som medlem fra ${municipality}.`,
  invitationValidUntil: (date: string) => `Invitationen gælder til ${date}.`,
  invitationLinkLabel: "Opret dig på Tværs",
  invitationMailed: (email: string) =>
    `Invitationen er sendt til ${email}. Linket herunder virker også, hvis mailen ikke kommer frem.`,
  greetingPlain: "Hej",
  accountFooter: "Denne mail handler om din adgang til Tværs og sendes derfor, uanset hvilke mails du har fravalgt.",
} as const;

export const invitationPageCopy = {
  title: "Invitation – Tværs",
  expiredHeading: "Invitationen er udløbet",
  expiredText: "Invitationer gælder i 14 dage. Bed den moderator, der inviterede dig, om at sende en ny.",
  usedHeading: "Invitationen er allerede brugt",
  usedText: "Linket kan kun bruges én gang. Har du allerede oprettet dig, kan du logge ind.",
  revokedHeading: "Invitationen er trukket tilbage",
  revokedText: "Kontakt den moderator, der inviterede dig, hvis du mener, det er en fejl.",
  unknownHeading: "Invitationen findes ikke",
  unknownText: "Linket er ikke gyldigt. Tjek, at du har kopieret hele linket, eller bed om en ny invitation.",
  toSignIn: "Gå til log ind",
  welcome: "Velkommen til Tværs",
  invitedAs: "Du er inviteret som ",
  from: " fra ",
  withEmail: " med e-mailadressen ",
  validUntil: (date: string) => `. Invitationen gælder til ${date}.`,
  displayName: "Visningsnavn",
  displayNameHint: "Dit navn, som kolleger ser det, fx «Lone V.».",
  profession: "Stilling",
  professionHint: "Fx «SSP-konsulent», «UU-vejleder» eller «Chatrådgiver».",
  password: "Adgangskode",
  create: "Opret mig og log ind",
} as const;

export const signInPageCopy = {
  title: "Log ind – Tværs",
  heading: "Log ind på Tværs",
  lead: "Tværs er et lukket forum for fagfolk i netværket for digital ungerådgivning. Du får adgang via en invitation fra en moderator.",
  email: "E-mailadresse",
  password: "Adgangskode",
  signingIn: "Logger ind …",
  signIn: "Log ind",
} as const;
