/**
 * A CPR number written (partly) in Danish number words: "to fire et to nul
 * fem fire fire et et", or "24 12 05 fire fire et et". People do this to get
 * past a filter, and it is still the number. A run of digit words and digit
 * groups is read as its digits; ten digits whose first six are a real date,
 * taken at word boundaries and including at least one word, are a CPR number.
 */
const DIGIT_WORDS: Record<string, string> = {
  nul: "0",
  en: "1",
  et: "1",
  én: "1",
  ét: "1",
  to: "2",
  tre: "3",
  fire: "4",
  fem: "5",
  seks: "6",
  syv: "7",
  otte: "8",
  ni: "9",
};

// A word, or a group of digits, with only spaces, commas, dots or dashes between one and the next.
const TOKEN = /[\p{L}]+|\d+/gu;
const BETWEEN = /^[\s,.\-–—]*$/u;

interface Token {
  digits: string;
  word: boolean;
  start: number;
  end: number;
}

function tokens(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let lastEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const written = match[0];
    const digit = /^\d+$/.test(written) ? written : DIGIT_WORDS[written.toLowerCase()];
    const joined = lastEnd >= 0 && BETWEEN.test(text.slice(lastEnd, start));
    if (digit === undefined || !joined) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (digit !== undefined)
      run.push({ digits: digit, word: !/^\d+$/.test(written), start, end: start + written.length });
    lastEnd = start + written.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Where `text` holds a CPR number with at least one digit written as a word, as [start, end) spans. */
export function findSpelledCpr(
  text: string,
  isRealDate: (day: number, month: number, twoDigitYear: number) => boolean,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const run of tokens(text)) {
    for (let first = 0; first < run.length; first += 1) {
      let digits = "";
      for (let last = first; last < run.length && digits.length < 10; last += 1) {
        digits += (run[last] as Token).digits;
        if (digits.length !== 10) continue;
        const span = run.slice(first, last + 1);
        const date = (i: number) => Number(digits.slice(i, i + 2));
        if (span.some((token) => token.word) && isRealDate(date(0), date(2), date(4))) {
          found.push({ start: (run[first] as Token).start, end: (run[last] as Token).end });
          first = last;
        }
      }
    }
  }
  return found;
}
