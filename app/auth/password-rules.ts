import { z } from "zod";
import { commonPasswords } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** The rules a new password must meet, with Danish messages; shared by invitations, profile and CLI. */
export const newPasswordSchema = z
  .string({ required_error: "Skriv en adgangskode." })
  .min(PASSWORD_MIN_LENGTH, `Adgangskoden skal være mindst ${PASSWORD_MIN_LENGTH} tegn.`)
  .max(PASSWORD_MAX_LENGTH, `Adgangskoden må højst være ${PASSWORD_MAX_LENGTH} tegn.`)
  .refine(
    (password) => !commonPasswords.has(password.toLowerCase()),
    "Den adgangskode er blandt de mest brugte og kan gættes. Vælg en anden.",
  )
  .refine(
    (password) => new Set(password).size >= 4,
    "Adgangskoden er for ensformig. Vælg en med flere forskellige tegn.",
  );
