import { z } from "zod";
import { commonPasswords } from "./common-passwords";
import { passwordRuleCopy } from "../copy/passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** The rules a new password must meet, with Danish messages; shared by invitations, profile and CLI. */
export const newPasswordSchema = z
  .string({ required_error: passwordRuleCopy.missing })
  .min(PASSWORD_MIN_LENGTH, passwordRuleCopy.tooShort(PASSWORD_MIN_LENGTH))
  .max(PASSWORD_MAX_LENGTH, passwordRuleCopy.tooLong(PASSWORD_MAX_LENGTH))
  .refine((password) => !commonPasswords.has(password.toLowerCase()), passwordRuleCopy.common)
  .refine((password) => new Set(password).size >= 4, passwordRuleCopy.monotonous);
