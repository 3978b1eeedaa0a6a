import type { DB } from "../db.server";
import { analyze, foldDanish, queryStems } from "./analyze";
import { levenshtein } from "./levenshtein";
import { formatQuery, parseQuery, type QueryPart } from "./query-parser";

/** What one typed word or phrase may match in the index. */
export interface TermGroup {
  terms: Set<string>;
  prefixes: string[];
  phrases: string[][];
  /** Long forms of abbreviations: all words close together, in any order ("skole, socialforvaltning og politi"). */
  nearby: string[][];
  negated: boolean;
}

export interface QueryPlan {
  groups: TermGroup[];
  /** The FTS5 MATCH expression, built only from quoted index terms. */
  match: string | null;
  didYouMean: string | null;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const reverse = (text: string) => [...text].reverse().join("");
const MIN_COMPOUND = 5;
const MIN_HEAD = 6;
const MIN_SPLIT = 8;
const MIN_TYPO = 5;

/** Indexed terms that end with `stem`: the query "rådgivning" also finds "chatrådgivning". */
async function compoundsEndingWith(db: DB, stem: string): Promise<string[]> {
  const reversed = reverse(stem);
  const rows = await db.selectFrom("search_term").select("term").where("reversed", ">=", reversed).where("reversed", "<", `${reversed}\uffff`).limit(40).execute();
  return rows.map((row) => row.term);
}

/** The closest indexed word to a misspelt one, looking among terms that share its first two letters. */
async function closestTerm(db: DB, stem: string): Promise<{ term: string; word: string } | null> {
  const head = stem.slice(0, 2);
  const rows = await db.selectFrom("search_term").select(["term", "word"]).where("term", ">=", head).where("term", "<", `${head}\uffff`).limit(5000).execute();
  const max = stem.length >= 8 ? 2 : 1;
  let best: { term: string; word: string; distance: number } | null = null;
  for (const row of rows) {
    const distance = levenshtein(stem, row.term, max);
    if (distance <= max && (!best || distance < best.distance)) best = { ...row, distance };
  }
  return best ? { term: best.term, word: best.word } : null;
}

async function knownTerms(db: DB, terms: string[]): Promise<Set<string>> {
  if (terms.length === 0) return new Set();
  const rows = await db.selectFrom("search_term").select("term").where("term", "in", terms).execute();
  return new Set(rows.map((row) => row.term));
}

/**
 * A compound nobody wrote as one word ("træningsafhængighed") split into two
 * words the forum does use (træning + afhængighed), allowing the Danish
 * linking s or e between them.
 */
async function splitCompound(db: DB, word: string): Promise<string[] | null> {
  const candidates: { left: string; right: string }[] = [];
  for (let i = 3; i <= word.length - 3; i += 1) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    candidates.push({ left, right });
    if ((left.endsWith("s") || left.endsWith("e")) && left.length > 3) candidates.push({ left: left.slice(0, -1), right });
  }
  const stems = candidates.map(({ left, right }) => ({ left: queryStems(left)[0] ?? left, right: queryStems(right)[0] ?? right }));
  const known = await knownTerms(db, [...new Set(stems.flatMap((s) => [s.left, s.right]))]);
  const best = stems.filter((s) => known.has(s.left) && known.has(s.right)).sort((a, b) => Math.min(b.left.length, b.right.length) - Math.min(a.left.length, a.right.length))[0];
  return best ? [best.left, best.right] : null;
}

async function synonymsFor(db: DB): Promise<{ term: string; expansion: string }[]> {
  return db.selectFrom("search_synonym").select(["term", "expansion"]).execute();
}

/**
 * Turns what a member typed into term groups and an FTS5 expression: Danish
 * stems and ae/oe/aa spellings, compounds ending in the word, synonyms and
 * abbreviations, and the closest known word for a misspelling.
 */
export async function planQuery(db: DB, input: string): Promise<QueryPlan> {
  const parts = parseQuery(input);
  const synonyms = await synonymsFor(db);
  const groups: TermGroup[] = [];
  const corrected: QueryPart[] = [];
  let anyCorrection = false;

  for (const part of parts) {
    const group: TermGroup = { terms: new Set(), prefixes: [], phrases: [], nearby: [], negated: part.negated };
    let correctedPart: QueryPart = part;
    if (part.kind === "phrase") {
      group.phrases.push(part.words.map((word) => analyze(word)).filter(Boolean));
      const joined = part.words.join(" ");
      for (const synonym of synonyms) if (synonym.expansion === joined) group.terms.add(foldDanish(synonym.term));
    } else {
      const stems = queryStems(part.word);
      if (part.prefix) {
        group.prefixes.push(...new Set([foldDanish(part.word), ...stems]));
      } else {
        for (const stem of stems) {
          group.terms.add(stem);
          if (stem.length >= MIN_COMPOUND) for (const term of await compoundsEndingWith(db, stem)) group.terms.add(term);
          // Compounds that start with the word: "selvmord" also finds "selvmordsforsøg".
          if (stem.length >= MIN_HEAD) group.prefixes.push(stem);
        }
        for (const synonym of synonyms) {
          if (synonym.term === part.word) group.nearby.push(analyze(synonym.expansion).split(" "));
          if (synonym.expansion === part.word) group.terms.add(foldDanish(synonym.term));
        }
        let known = (await knownTerms(db, [...group.terms])).size > 0;
        if (!known && part.word.length >= MIN_SPLIT) {
          const parts = await splitCompound(db, part.word);
          if (parts) {
            for (const stem of parts) group.terms.add(stem);
            known = true;
          }
        }
        if (!known && group.nearby.length === 0 && part.word.length >= MIN_TYPO && !part.negated) {
          const closest = await closestTerm(db, stems[0] ?? part.word);
          if (closest) {
            group.terms.add(closest.term);
            correctedPart = { ...part, word: closest.word };
            anyCorrection = true;
          }
        }
      }
    }
    corrected.push(correctedPart);
    if (group.terms.size > 0 || group.prefixes.length > 0 || group.phrases.some((phrase) => phrase.length > 0) || group.nearby.length > 0) groups.push(group);
  }

  const expression = (group: TermGroup) =>
    `(${[...[...group.terms].map(quote), ...group.prefixes.map((prefix) => `${quote(prefix)}*`), ...group.phrases.filter((p) => p.length > 0).map((phrase) => quote(phrase.join(" "))), ...group.nearby.map((words) => `NEAR(${words.map(quote).join(" ")}, ${words.length + 2})`)].join(" OR ")})`;
  const positive = groups.filter((group) => !group.negated).map(expression);
  const negative = groups.filter((group) => group.negated).map(expression);
  // NOT binds tighter than OR in FTS5, so the positive side needs its own brackets.
  const match = positive.length === 0 ? null : [`(${positive.join(" OR ")})`, ...negative.map((n) => `NOT ${n}`)].join(" ");
  return { groups, match, didYouMean: anyCorrection ? formatQuery(corrected) : null };
}

/** Whether an analysed text (space-separated stems) contains what a group asks for. */
export function groupMatches(group: TermGroup, tokens: Set<string>, text: string): boolean {
  for (const term of group.terms) if (tokens.has(term)) return true;
  for (const prefix of group.prefixes) for (const token of tokens) if (token.startsWith(prefix)) return true;
  for (const phrase of group.phrases) if (phrase.length > 0 && ` ${text} `.includes(` ${phrase.join(" ")} `)) return true;
  for (const words of group.nearby) if (words.every((word) => tokens.has(word))) return true;
  return false;
}
