import { z } from "zod";
import { checkPersonalData, describePersonalData } from "../privacy/personal-data";
import { cleanLine, hasInvalidLineCharacters, INVALID_CHARACTERS_MESSAGE } from "./clean-text";

/** A single-line field cleaned of control and bidi characters, refusing CPR numbers. */
export function lineField(options: { label: string; min: number; max: number }) {
  return z
    .string({ required_error: `Udfyld ${options.label}.` })
    .refine((value) => !hasInvalidLineCharacters(value), INVALID_CHARACTERS_MESSAGE)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(options.min, options.min <= 1 ? `Udfyld ${options.label}.` : `${capitalise(options.label)} skal være mindst ${options.min} tegn.`)
        .max(options.max, `${capitalise(options.label)} må højst være ${options.max} tegn.`)
        .superRefine((value, ctx) => {
          const check = checkPersonalData(value);
          if (check.blocked.length > 0) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: describePersonalData(check, value).error ?? "Teksten indeholder et CPR-nummer." });
          }
        }),
    );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const displayNameField = lineField({ label: "visningsnavn", min: 2, max: 60 });
export const professionField = lineField({ label: "stilling", min: 2, max: 80 });
