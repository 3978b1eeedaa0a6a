import { erasureCopy } from "./redaction";
import { asSentence, notFound } from "./not-found";
import { passwordCopy } from "./passwords";

/** Danish wording for the admin's member list, joining by invitation and signing in. */
export const memberAdminCopy = {
  notUnderstood: "Ændringen kunne ikke forstås. Prøv igen.",
  confirmErase: "Sæt kryds for at bekræfte sletningen.",
  memberNotFound: asSentence(notFound.member),
  lastAdmin: "Netværket skal have mindst én aktiv administrator.",
  municipalityNotFound: notFound.municipality,
  saved: (name: string) => `Ændringen for ${name} er gemt.`,
};

export const invitationAcceptCopy = {
  passwordsDiffer: passwordCopy.passwordsDiffer,
  emailTaken: "Der findes allerede et medlem med denne e-mailadresse. Log ind i stedet.",
  alreadyUsed: "Invitationen er allerede brugt",
};

export const signInCopy = {
  emailMissing: "Skriv din e-mailadresse.",
  emailTooLong: "E-mailadressen er for lang.",
  passwordMissing: "Skriv din adgangskode.",
  passwordTooLong: "Adgangskoden er for lang.",
  blocked: (timeOfDay: string) => `For mange mislykkede forsøg. Prøv igen efter kl. ${timeOfDay}.`,
  /** One message for every failure, so the form never reveals whether an email is registered. */
  failed: "Forkert e-mailadresse eller adgangskode.",
};

export const membersAdminPageCopy = {
  title: "Medlemmer – Tværs",
  heading: "Medlemmer",
  searchLabel: "Søg efter navn eller e-mail",
  searchPlaceholder: "Navn eller e-mail",
  search: "Søg",
  member: "Medlem",
  role: "Rolle",
  municipality: "Kommune",
  status: "Status",
  save: "Gem",
  move: "Flyt",
  disabled: "Deaktiveret",
  eraseConfirm: `Ja, slet navn, e-mail og stilling. Indlæg bevares som «${erasureCopy.erasedName}».`,
  enable: "Genaktivér",
  disable: "Deaktivér",
  erase: "Slet personoplysninger",
  eraseButton: "Slet",
} as const;
