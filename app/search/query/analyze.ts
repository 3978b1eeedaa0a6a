import snowball from "snowball-stemmers";
import { overrideStem } from "./stem-overrides";

const danish = snowball.newStemmer("danish");
const TOKEN = /[\p{L}\p{N}]+/gu;

/** æ/ø/å written as ae/oe/aa, other accents dropped, lower case: so "forældre" and "foraeldre" meet. */
export function foldDanish(word: string): string {
  return word
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

export interface Token {
  word: string; // lower-cased as written
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.normalize("NFC").matchAll(TOKEN)) {
    tokens.push({ word: match[0].toLowerCase(), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return tokens;
}

const stemCache = new Map<string, string>();

/**
 * A copy of `text` that refers to no longer string. V8 keeps a word of 13 or
 * more characters cut from a text as a view into the whole text, so a cache
 * keyed by such words would keep every post they came from in memory (the
 * rebuild's stem cache, the query stem cache). For cache entries only.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** The indexed form of a word: Danish stem (on the real spelling, with stem-overrides), then folded. */
export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = foldDanish(word.length > 2 ? overrideStem(word, danish.stem(word)) : word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(detached(word), detached(stem));
  }
  return stem;
}

/** Text as stored in the index: one stem per word, in order. */
export function analyze(text: string): string {
  return tokenize(text)
    .map((token) => stemWord(token.word))
    .join(" ");
}

/**
 * The stems a typed word may stand for. Someone typing "foraeldre" on a
 * keyboard without æ means "forældre", whose stem differs ("forældr"), so the
 * ae/oe/aa spelling is also tried as æ/ø/å.
 */
export function queryStems(word: string): string[] {
  const lower = word.toLowerCase();
  const variants = new Set([stemWord(lower)]);
  const respelled = lower.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
  if (respelled !== lower) variants.add(stemWord(respelled));
  return [...variants];
}
