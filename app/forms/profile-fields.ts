import { z } from "zod";
import { checkPersonalData, describePersonalData } from "../privacy/personal-data";
import { slugify } from "../models/slug";
import { cleanLine, hasInvalidLineCharacters, INVALID_CHARACTERS_MESSAGE } from "./clean-text";
import { fieldNames, formCopy } from "../copy/forms";

/** A single-line field cleaned of control and bidi characters, refusing CPR numbers. */
export function lineField(options: { label: string; min: number; max: number }) {
  return z
    .string({ required_error: formCopy.fillIn(options.label) })
    .refine((value) => !hasInvalidLineCharacters(value), INVALID_CHARACTERS_MESSAGE)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(
          options.min,
          options.min <= 1 ? formCopy.fillIn(options.label) : formCopy.atLeast(options.label, options.min),
        )
        .max(options.max, formCopy.atMost(options.label, options.max))
        .superRefine((value, ctx) => {
          const error = lineFieldPersonalDataError(value);
          if (error) ctx.addIssue({ code: z.ZodIssueCode.custom, message: error });
        }),
    );
}

/**
 * A single-line field is shown as plain text, so the text as written is what
 * readers see; names, titles and labels also become slugs in URLs, where
 * "010190 (1234)" reads "010190-1234". Shared with the browser, so this cannot
 * use the server's rendered-HTML check (personal-data.server.ts).
 */
export function lineFieldPersonalDataError(value: string): string | null {
  for (const text of [value, slugify(value, Number.MAX_SAFE_INTEGER)]) {
    const check = checkPersonalData(text);
    if (check.blocked.length > 0)
      return describePersonalData({ blocked: check.blocked, needsConfirmation: [] }, text).error ?? null;
  }
  return null;
}

export const displayNameField = lineField({ label: fieldNames.displayName, min: 2, max: 60 });
export const professionField = lineField({ label: fieldNames.profession, min: 2, max: 80 });
