import { stemWord, tokenize } from "./analyze";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Markdown to readable plain text, good enough for a snippet. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*>+\s?/gm, "")
    .replace(/[*_`#~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * About `length` characters around the first matching word, escaped, with
 * <mark> around every word whose stem the query asked for.
 */
export function makeSnippet(markdown: string, matches: (stem: string) => boolean, length = 220): string {
  const text = plainText(markdown);
  const tokens = tokenize(text);
  const hits = tokens.filter((token) => matches(stemWord(token.word)));
  const first = hits[0];
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < (first?.start ?? start) ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  let html = "";
  let cursor = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    html += `${escapeHtml(text.slice(cursor, hit.start))}<mark>${escapeHtml(text.slice(hit.start, hit.end))}</mark>`;
    cursor = hit.end;
  }
  html += escapeHtml(text.slice(cursor, end));
  return `${start > 0 ? "… " : ""}${html}${end < text.length ? " …" : ""}`;
}
