import { z } from "zod";
import { articleFormCopy } from "../copy/knowledge-base";
import type { ArticleStatus } from "../../db/schema";
import { cleanLine, cleanMultiline, hasInvalidCharacters, INVALID_CHARACTERS_MESSAGE } from "../forms/clean-text";
import { formToObject, titleSchema, type FieldErrors } from "../forms/post-input";
import { personalDataIssue } from "../privacy/personal-data.server";
import { readArticleSections, type SectionInput } from "./article-section.server";

// The article form: parsing and the checks that need no database. The writes that take its input are in article.server.ts.

import {
  KEY_POINT_MAX,
  KEY_POINTS_MAX,
  MAX_ARTICLE_SOURCES,
  MAX_ARTICLE_TAGS,
  SUMMARY_MAX,
} from "../forms/article-limits";

export { KEY_POINT_MAX, KEY_POINTS_MAX, MAX_ARTICLE_SOURCES, MAX_ARTICLE_TAGS, SUMMARY_MAX };

const idList = (max: number, message: string) =>
  z
    .array(z.coerce.number().int().positive())
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.number()).max(max, message));

export const articleInputSchema = z.object({
  title: titleSchema,
  summary: z
    .string({ required_error: articleFormCopy.summaryMissing })
    .max(SUMMARY_MAX, articleFormCopy.summaryTooLong(SUMMARY_MAX))
    .refine((text) => !hasInvalidCharacters(text), INVALID_CHARACTERS_MESSAGE)
    .transform(cleanMultiline)
    .pipe(z.string().refine((text) => text.trim().length > 0, articleFormCopy.summaryMissing)),
  keyPoints: z
    .string({ required_error: articleFormCopy.keyPointsMissing })
    .max(KEY_POINTS_MAX * (KEY_POINT_MAX + 2), articleFormCopy.keyPointsTooLong(KEY_POINTS_MAX * KEY_POINT_MAX))
    .refine((text) => !hasInvalidCharacters(text), INVALID_CHARACTERS_MESSAGE)
    .transform((text) =>
      text
        .split("\n")
        .map((line) => cleanLine(line).replace(/^[-*•]\s*/, ""))
        .filter((line) => line.length > 0),
    )
    .pipe(
      z
        .array(z.string().max(KEY_POINT_MAX, articleFormCopy.keyPointTooLong(KEY_POINT_MAX)))
        .min(1, articleFormCopy.keyPointsOnePerLine)
        .max(KEY_POINTS_MAX, articleFormCopy.tooManyKeyPoints(KEY_POINTS_MAX)),
    ),
  sourcePostIds: idList(MAX_ARTICLE_SOURCES, articleFormCopy.tooManySources(MAX_ARTICLE_SOURCES)).pipe(
    z.array(z.number()).min(1, articleFormCopy.sourcesMissing),
  ),
  tagIds: idList(MAX_ARTICLE_TAGS, articleFormCopy.tooManyThemes(MAX_ARTICLE_TAGS)),
  ownerId: z.coerce
    .number({ invalid_type_error: articleFormCopy.ownerMissing })
    .int()
    .positive(articleFormCopy.ownerMissing),
  reviewOn: z
    .string({ required_error: articleFormCopy.reviewOnMissing })
    .regex(/^\d{4}-\d{2}-\d{2}$/, articleFormCopy.reviewOnMissing)
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), articleFormCopy.noSuchDate),
  status: z.enum(["draft", "published"], { errorMap: () => ({ message: articleFormCopy.statusMissing }) }),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** What the form sent, kept so a refused form comes back as typed. */
export interface ArticleFormValues {
  title: string;
  summary: string;
  keyPoints: string;
  sourcePostIds: number[];
  tagIds: number[];
  ownerId: number;
  reviewOn: string;
  status: ArticleStatus;
  /** The audience sections as typed, by form field (article-section.server.ts). */
  sections: Record<string, string>;
}

export type ArticleFormResult =
  | { ok: true; input: ArticleInput & { sections: SectionInput[] } }
  | {
      ok: false;
      values: ArticleFormValues;
      fieldErrors: FieldErrors;
      personalDataWarning: string | null;
      status: number;
    };

/**
 * Parses the article form and runs the personal-data guard on every text it
 * stores (title, summary, each key point, each audience section). Source posts must belong to
 * `allowedPostIds` and tags to `themeTagIds`; the member list is checked by the
 * caller's foreign key and `ownerIds`.
 */
export function readArticleForm(
  form: FormData,
  allowed: { postIds: Set<number>; themeTagIds: Set<number>; ownerIds: Set<number> },
): ArticleFormResult {
  const raw = formToObject(form);
  raw.sourcePostIds = form
    .getAll("sourcePostIds")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 500);
  const values: ArticleFormValues = {
    title: String(raw.title ?? "").slice(0, 500),
    summary: String(raw.summary ?? "").slice(0, SUMMARY_MAX + 1000),
    keyPoints: String(raw.keyPoints ?? "").slice(0, KEY_POINTS_MAX * (KEY_POINT_MAX + 2) + 1000),
    sourcePostIds: (raw.sourcePostIds as string[]).map(Number).filter(Number.isSafeInteger),
    tagIds: (raw.tagIds as string[]).slice(0, 50).map(Number).filter(Number.isSafeInteger),
    ownerId: Number(raw.ownerId) || 0,
    reviewOn: String(raw.reviewOn ?? "").slice(0, 20),
    status: raw.status === "published" ? "published" : "draft",
    sections: {},
  };
  const audienceSections = readArticleSections(form);
  values.sections = audienceSections.values;
  const refuse = (
    fieldErrors: FieldErrors,
    personalDataWarning: string | null = null,
    status = 400,
  ): ArticleFormResult => ({ ok: false, values, fieldErrors, personalDataWarning, status });
  const parsed = articleInputSchema.safeParse(raw);
  if (!parsed.success) return refuse({ ...parsed.error.flatten().fieldErrors, ...audienceSections.fieldErrors });
  const input = { ...parsed.data, sections: audienceSections.sections };
  const fieldErrors: FieldErrors = { ...audienceSections.fieldErrors };
  if (input.sourcePostIds.some((id) => !allowed.postIds.has(id)))
    fieldErrors.sourcePostIds = [articleFormCopy.sourceOutsideThread];
  if (input.tagIds.some((id) => !allowed.themeTagIds.has(id))) fieldErrors.tagIds = [articleFormCopy.themeOutsideList];
  if (!allowed.ownerIds.has(input.ownerId)) fieldErrors.ownerId = [articleFormCopy.ownerOutsideList];
  if (Object.keys(fieldErrors).length > 0) return refuse(fieldErrors);
  const guard = personalDataIssue(
    [
      { field: "title", value: input.title },
      { field: "summary", value: input.summary },
      ...input.keyPoints.map((value) => ({ field: "keyPoints", value })),
      ...input.sections.map((section) => ({ field: `section-${section.audience}`, value: section.source })),
    ],
    form.get("confirmPersonalData") === "yes",
  );
  if (Object.keys(guard.fieldErrors).length > 0) return refuse(guard.fieldErrors);
  if (guard.warning) return refuse({}, guard.warning, 409);
  return { ok: true, input };
}
