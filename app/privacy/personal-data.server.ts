/**
 * The server half of the personal-data guard: it checks every text both as
 * typed and as readers see it. The Markdown source alone is not enough, since
 * a link around two digits, an entity or an escape turns text that does not
 * look like a CPR number into a page that shows one. So each text is also
 * rendered with the pipeline that stores it, reduced to its plain text (and
 * link targets), and checked again; a single-line text (title, name, label)
 * is also checked as the slug that will appear in a URL.
 *
 * Every path that stores member- or admin-entered text calls one of the
 * functions below: `personalDataFieldErrors` for forms (field errors next to
 * the fields, typed text kept), `personalDataIssue` where e-mail and phone
 * need confirmation, `assertNoPersonalData` where there is no form (import).
 */
import type { FieldErrors } from "../forms/post-input";
import { renderMarkdown } from "../markdown/render.server";
import { slugify } from "../models/slug";
import { checkPersonalData, describePersonalData } from "./personal-data";
import { personalDataCopy } from "../copy/personal-data";

const BLOCK_TAGS = new Set([
  "p",
  "br",
  "li",
  "ul",
  "ol",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "table",
  "thead",
  "tbody",
  "tr",
]);
const CELL_TAGS = new Set(["td", "th"]);
const BASIC_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeHtmlText(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g,
    (whole, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return BASIC_ENTITIES[name] ?? whole;
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    },
  );
}

function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url.replace(/%([0-9a-fA-F]{2})/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/**
 * What a reader of sanitised HTML sees: its text with entities decoded, a line
 * break at every block boundary (so text in two paragraphs never glues into
 * one number), table cells kept apart, and each link target on its own.
 */
export function readableTexts(html: string): string[] {
  const parts: string[] = [];
  const links: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      parts.push(decodeHtmlText(m[4]));
      continue;
    }
    const tag = (m[2] ?? "").toLowerCase();
    if (BLOCK_TAGS.has(tag)) parts.push("\n");
    else if (CELL_TAGS.has(tag)) parts.push(" | ");
    const href = tag === "a" && !m[1] ? /\bhref="([^"]*)"/.exec(m[3] ?? "")?.[1] : undefined;
    if (href !== undefined) links.push(decodeUrl(decodeHtmlText(href)));
  }
  return [parts.join(""), ...links];
}

/**
 * The guard's verdict on one text as typed and as read: `error` when it holds
 * something that reads as a CPR number (quoting it), `warning` when it holds
 * an e-mail address or phone number that needs the author's confirmation.
 */
export function describePersonalDataAsRead(text: string): { error?: string; warning?: string } {
  const typed = describePersonalData(checkPersonalData(text), text);
  if (typed.error) return typed;
  const seen = readableTexts(renderMarkdown(text));
  if (!text.includes("\n")) seen.push(slugify(text, Number.MAX_SAFE_INTEGER));
  for (const readable of seen) {
    const blocked = checkPersonalData(readable).blocked;
    if (blocked.length > 0)
      return { ...typed, error: describePersonalData({ blocked, needsConfirmation: [] }, readable).error };
  }
  return typed;
}

/** The refusal message for a text that holds a CPR number, or null. */
export function personalDataError(text: string): string | null {
  return describePersonalDataAsRead(text).error ?? null;
}

/** Field errors for every field whose text holds a CPR number; empty when all are clean. */
export function personalDataFieldErrors(fields: Record<string, string | null | undefined>): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const [field, value] of Object.entries(fields)) {
    const error = value ? personalDataError(value) : null;
    if (error) fieldErrors[field] = [error];
  }
  return fieldErrors;
}

/**
 * CPR numbers block saving; e-mail addresses and phone numbers need the author
 * to tick "save anyway". Runs on every text a post or article action stores.
 */
export function personalDataIssue(
  texts: { field: string; value: string }[],
  confirmed: boolean,
): { fieldErrors: FieldErrors; warning: string | null } {
  const fieldErrors: FieldErrors = {};
  let warning: string | null = null;
  for (const { field, value } of texts) {
    const described = describePersonalDataAsRead(value);
    if (described.error) fieldErrors[field] = [described.error];
    else if (described.warning && !confirmed) warning ??= described.warning;
  }
  return { fieldErrors, warning };
}

/** A text that would store a CPR number; carries the same messages a form shows. */
export class PersonalDataRefusal extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).flat()[0] ?? personalDataCopy.containsCpr);
  }
}

/** Throws a PersonalDataRefusal when any of the fields holds a CPR number. */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  const fieldErrors = personalDataFieldErrors(fields);
  if (Object.keys(fieldErrors).length > 0) throw new PersonalDataRefusal(fieldErrors);
}
