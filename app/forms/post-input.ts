import { z } from "zod";
import {
  cleanLine,
  cleanMultiline,
  deepestQuote,
  hasInvalidCharacters,
  hasInvalidLineCharacters,
  INVALID_CHARACTERS_MESSAGE,
} from "./clean-text";
import { postInputCopy } from "../copy/posting";

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MAX = 50_000;
export const MAX_TAGS = 8;
export const MAX_QUOTE_DEPTH = 10;

/** Field errors as zod's flatten() gives them. The personal-data check is in privacy/personal-data.server.ts. */
export type FieldErrors = Partial<Record<string, string[]>>;

export const titleSchema = z
  .string({ required_error: postInputCopy.titleMissing })
  .refine((title) => !hasInvalidLineCharacters(title), INVALID_CHARACTERS_MESSAGE)
  .transform(cleanLine)
  .pipe(
    z
      .string()
      .min(1, postInputCopy.titleMissing)
      .min(TITLE_MIN, postInputCopy.titleTooShort(TITLE_MIN))
      .max(TITLE_MAX, postInputCopy.titleTooLong(TITLE_MAX)),
  );

export const bodySchema = z
  .string({ required_error: postInputCopy.bodyMissing })
  // Checked before cleaning, so a 1 MiB paste is refused without doing work on it.
  .max(BODY_MAX, postInputCopy.bodyTooLong(BODY_MAX))
  .refine((body) => !hasInvalidCharacters(body), INVALID_CHARACTERS_MESSAGE)
  .refine((body) => deepestQuote(body) <= MAX_QUOTE_DEPTH, postInputCopy.quotesTooDeep(MAX_QUOTE_DEPTH))
  .transform(cleanMultiline)
  .pipe(z.string().refine((body) => body.trim().length > 0, postInputCopy.bodyMissing));

export const tagIdsSchema = z
  .array(z.coerce.number().int().positive())
  .transform((ids) => [...new Set(ids)])
  .pipe(z.array(z.number()).max(MAX_TAGS, postInputCopy.tooManyTags(MAX_TAGS)));

export const trackSchema = z.enum(["newcomer", "experienced", "shared"], {
  errorMap: () => ({ message: postInputCopy.chooseTrack }),
});

export const newThreadSchema = z.object({
  title: titleSchema,
  categoryId: z.coerce
    .number({ invalid_type_error: postInputCopy.chooseCategory })
    .int()
    .positive(postInputCopy.chooseCategory),
  track: trackSchema,
  tagIds: tagIdsSchema,
  body: bodySchema,
});

/** Reads a form with repeated tag fields into a plain object for the schemas. */
export function formToObject(form: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (key === "tagIds") (object.tagIds as string[] | undefined)?.push(value) ?? (object.tagIds = [value]);
    else if (!(key in object)) object[key] = value;
  }
  object.tagIds ??= [];
  return object;
}
