/** Danish wording around choosing a password, shared by the invitation, reset and profile pages. */
export const passwordCopy = {
  newPasswordHint: "Mindst 10 tegn. Brug gerne en sætning, du kan huske.",
  repeatLabel: "Gentag adgangskoden",
  passwordsDiffer: "De to adgangskoder er ikke ens.",
};

export const passwordRuleCopy = {
  missing: "Skriv en adgangskode.",
  tooShort: (min: number) => `Adgangskoden skal være mindst ${min} tegn.`,
  tooLong: (max: number) => `Adgangskoden må højst være ${max} tegn.`,
  common: "Den adgangskode er blandt de mest brugte og kan gættes. Vælg en anden.",
  monotonous: "Adgangskoden er for ensformig. Vælg en med flere forskellige tegn.",
} as const;
