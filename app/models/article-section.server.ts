import type { Audience, PartnerProfession } from "../../db/schema-meetings";
import { handbookCopy } from "../copy/handbook";
import type { DB } from "../db.server";
import { cleanMultiline, hasInvalidCharacters, INVALID_CHARACTERS_MESSAGE } from "../forms/clean-text";
import type { FieldErrors } from "../forms/post-input";
import { renderMarkdown } from "../markdown/render.server";

export const SECTION_MAX = 20_000;
export const AUDIENCES: Audience[] = ["leaders", "practitioners", "partners"];
export const PARTNER_PROFESSIONS: PartnerProfession[] = ["uu", "jobcenter", "ssp", "skole", "socialforvaltning"];

export interface SectionInput {
  audience: Audience;
  partner: PartnerProfession | null;
  source: string;
}

export interface ArticleSectionView {
  id: number;
  audience: Audience;
  partner: PartnerProfession | null;
  bodyHtml: string;
}

/** The form field holding an audience's text. */
export const sectionField = (audience: Audience) => `section-${audience}`;
export const PARTNER_FIELD = "section-partner";

/**
 * The audience sections of the article form: one text per audience (an empty
 * one is no section), the partners' with an optional profession. The caller
 * runs the personal-data guard on the returned sources with the article's
 * other texts.
 */
export function readArticleSections(form: FormData): {
  sections: SectionInput[];
  values: Record<string, string>;
  fieldErrors: FieldErrors;
} {
  const values: Record<string, string> = {};
  const fieldErrors: FieldErrors = {};
  const sections: SectionInput[] = [];
  const partnerValue = String(form.get(PARTNER_FIELD) ?? "");
  values[PARTNER_FIELD] = partnerValue.slice(0, 40);
  const partner = partnerValue === "" ? null : PARTNER_PROFESSIONS.find((profession) => profession === partnerValue);
  if (partner === undefined) fieldErrors[PARTNER_FIELD] = [handbookCopy.badPartner];
  for (const audience of AUDIENCES) {
    const field = sectionField(audience);
    const raw = String(form.get(field) ?? "");
    values[field] = raw.slice(0, SECTION_MAX + 1_000);
    if (raw.length > SECTION_MAX) fieldErrors[field] = [handbookCopy.sectionTooLong(SECTION_MAX)];
    else if (hasInvalidCharacters(raw)) fieldErrors[field] = [INVALID_CHARACTERS_MESSAGE];
    const source = cleanMultiline(raw).trim();
    if (source !== "" && !fieldErrors[field])
      sections.push({ audience, partner: audience === "partners" ? (partner ?? null) : null, source });
  }
  return { sections, values, fieldErrors };
}

/** Replaces an article's sections, rendering each through the Markdown pipeline now, so the page serves stored HTML. */
export async function replaceArticleSections(tx: DB, articleId: number, sections: SectionInput[]): Promise<void> {
  await tx.deleteFrom("article_section").where("article_id", "=", articleId).execute();
  if (sections.length === 0) return;
  await tx
    .insertInto("article_section")
    .values(
      sections.map((section, position) => ({
        article_id: articleId,
        audience: section.audience,
        partner: section.partner,
        body_source: section.source,
        body_html: renderMarkdown(section.source),
        position,
      })),
    )
    .execute();
}

export async function listArticleSections(
  db: DB,
  articleId: number,
): Promise<(ArticleSectionView & { source: string })[]> {
  const rows = await db
    .selectFrom("article_section")
    .select(["id", "audience", "partner", "body_html", "body_source"])
    .where("article_id", "=", articleId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    audience: row.audience,
    partner: row.partner,
    bodyHtml: row.body_html,
    source: row.body_source,
  }));
}

/** The audience a member's free-text profession points to, e.g. "UU-vejleder" → partners/uu, "Teamleder" → leaders. */
export function audienceForProfession(profession: string): { audience: Audience; partner: PartnerProfession | null } {
  const text = profession.toLocaleLowerCase("da-DK");
  // A "vejleder" (counsellor) is no "leder" (manager).
  if (/leder|chef/.test(text.replace(/vejleder/g, ""))) return { audience: "leaders", partner: null };
  if (/\buu\b|uu-/.test(text)) return { audience: "partners", partner: "uu" };
  if (text.includes("jobcenter")) return { audience: "partners", partner: "jobcenter" };
  if (/\bssp\b|ssp-/.test(text)) return { audience: "partners", partner: "ssp" };
  if (/skole|lærer/.test(text)) return { audience: "partners", partner: "skole" };
  if (/socialrådgiver|socialforvaltning/.test(text)) return { audience: "partners", partner: "socialforvaltning" };
  return { audience: "practitioners", partner: null };
}

/** Sections matching the member first (their own partner profession before partners in general), the rest in the article's order. */
export function orderSectionsFor<T extends { audience: Audience; partner: PartnerProfession | null }>(
  sections: T[],
  profession: string,
): (T & { forViewer: boolean })[] {
  const mine = audienceForProfession(profession);
  const rank = (section: T) =>
    section.audience !== mine.audience
      ? 2
      : mine.audience === "partners" && section.partner !== null && section.partner !== mine.partner
        ? 2
        : section.partner === mine.partner
          ? 0
          : 1;
  return sections
    .map((section, index) => ({ section, index, rank: rank(section) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ section, rank }) => ({ ...section, forViewer: rank < 2 }));
}

/** Ids of published articles with a section for the audience: the Vidensbank's `?maalgruppe=` filter. */
export async function articleIdsWithAudience(db: DB, audience: Audience): Promise<Set<number>> {
  const rows = await db
    .selectFrom("article_section")
    .select("article_id")
    .distinct()
    .where("audience", "=", audience)
    .execute();
  return new Set(rows.map((row) => row.article_id));
}

/** The stored sections as the form's fields, for the edit page. */
export function sectionFormValues(
  sections: { audience: Audience; partner: PartnerProfession | null; source: string }[],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const section of sections) {
    values[sectionField(section.audience)] = section.source;
    if (section.audience === "partners") values[PARTNER_FIELD] = section.partner ?? "";
  }
  return values;
}
