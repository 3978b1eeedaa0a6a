import { tokenize } from "./analyze";

export const MAX_QUERY_LENGTH = 500;
const MAX_PARTS = 12;

/** One thing the searcher asked for: a word (maybe a prefix) or an exact phrase, possibly excluded. */
export type QueryPart =
  | { kind: "word"; word: string; prefix: boolean; negated: boolean }
  | { kind: "phrase"; words: string[]; negated: boolean };

/**
 * Reads what a member typed: plain words, "exact phrases", -excluded words and
 * prefix* words. Anything else (FTS5 operators, brackets, colons, carets,
 * a lone quote) is just text: only letters and digits survive as words, and
 * the FTS5 expression is built from them, never from the input itself.
 */
export function parseQuery(input: string): QueryPart[] {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const parts: QueryPart[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (parts.length >= MAX_PARTS) break;
    const [, minus, quoted, bare] = match;
    if (quoted !== undefined) {
      const words = tokenize(quoted).map((t) => t.word);
      if (words.length === 1 && words[0])
        parts.push({ kind: "word", word: words[0], prefix: false, negated: minus === "-" });
      else if (words.length > 1) parts.push({ kind: "phrase", words: words.slice(0, 8), negated: minus === "-" });
      continue;
    }
    if (!bare) continue;
    const negated = bare.startsWith("-") && bare.length > 1;
    const prefix = /[\p{L}\p{N}]\*$/u.test(bare);
    const words = tokenize(bare).map((t) => t.word);
    // "skole-hjem" or "a/b" are several words; only a single word keeps its prefix or minus.
    if (words.length === 1 && words[0]) parts.push({ kind: "word", word: words[0], prefix, negated });
    else
      for (const word of words.slice(0, MAX_PARTS - parts.length))
        parts.push({ kind: "word", word, prefix: false, negated: false });
  }
  return parts;
}

/** The query as a member would retype it, e.g. for "Mente du …?" links. */
export function formatQuery(parts: QueryPart[]): string {
  return parts
    .map((part) => {
      const sign = part.negated ? "-" : "";
      return part.kind === "phrase"
        ? `${sign}"${part.words.join(" ")}"`
        : `${sign}${part.word}${part.prefix ? "*" : ""}`;
    })
    .join(" ");
}
