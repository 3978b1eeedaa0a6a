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
