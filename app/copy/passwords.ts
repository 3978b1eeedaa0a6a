/** Danish wording around choosing a password, shared by the invitation, reset and profile pages. */
export const passwordCopy = {
  newPasswordHint: "Mindst 10 tegn. Brug gerne en sætning, du kan huske.",
  repeatLabel: "Gentag adgangskoden",
  passwordsDiffer: "De to adgangskoder er ikke ens.",
};
