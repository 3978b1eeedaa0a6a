import { formCopy } from "../copy/forms";
// C0/C1 control characters except tab and newline, and the Unicode bidi
// embedding/override/isolate marks that can make a title read backwards.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Multi-line text as stored: NFC, \n line ends, no control, bidi or broken characters. */
export function cleanMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(CONTROL, "")
    .replace(BIDI, "")
    .normalize("NFC");
}

/** Single-line text (titles, names): as above, with runs of white space folded and trimmed. */
export function cleanLine(text: string): string {
  return cleanMultiline(text).replace(/\s+/g, " ").trim();
}

// U+FFFD is what a lone surrogate or broken UTF-8 becomes on its way through a form.
const NUL_OR_BROKEN = /\u0000|\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const DIRECTION_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

export const INVALID_CHARACTERS_MESSAGE = formCopy.invalidCharacters;

/** NUL bytes and broken surrogate pairs never come from a keyboard: refuse rather than guess. */
export function hasInvalidCharacters(text: string): boolean {
  return NUL_OR_BROKEN.test(text);
}

/** Titles and names must read the way they look: no direction overrides either. */
export function hasInvalidLineCharacters(text: string): boolean {
  return NUL_OR_BROKEN.test(text) || DIRECTION_OVERRIDE.test(text);
}

/** How deep the deepest line's blockquote markers go ("> > >" is 3). */
export function deepestQuote(text: string): number {
  let deepest = 0;
  for (const match of text.matchAll(/^(?:[ \t]*>)+/gm))
    deepest = Math.max(deepest, (match[0].match(/>/g) ?? []).length);
  return deepest;
}
