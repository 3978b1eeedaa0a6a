/** Inviting colleagues (app/routes/admin.invitationer.tsx). */

export const invitationsAdminCopy = {
  title: "Invitationer – Tværs",
  emailTooLong: "E-mailadressen er for lang.",
  emailInvalid: "Skriv en gyldig e-mailadresse.",
  chooseMunicipality: "Vælg en kommune.",
  chooseRole: "Vælg en rolle.",
  invalidInvitation: "Ugyldig invitation",
  memberExists: "Der findes allerede et medlem med den e-mailadresse.",
  heading: "Invitationer",
  inviteHeading: "Invitér en kollega",
  inviteLead:
    "Linket gælder i 14 dage og kan bruges én gang. Vi sender det til kollegaen med e-mail; det vises også her, lige efter du har oprettet det, hvis du vil sende det selv.",
  created: "Invitationen er oprettet.",
  link: "Invitationslink",
  email: "E-mailadresse",
  municipality: "Kommune",
  role: "Rolle",
  create: "Opret invitation",
  openHeading: "Åbne invitationer",
  noneOpen: "Ingen åbne invitationer.",
  emailColumn: "E-mail",
  invitedBy: "Inviteret af",
  expires: "Udløber",
  action: "Handling",
  revoke: "Træk tilbage",
} as const;
