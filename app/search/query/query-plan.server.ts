import { sql } from "kysely";
import type { DB } from "../../db.server";
import { analyze, foldDanish, queryStems } from "./analyze";
import { levenshtein } from "./levenshtein";
import { formatQuery, parseQuery, type QueryPart } from "./query-parser";
import { DANISH_STOP_WORDS } from "./stem-overrides";
import { isPostgres } from "../../../db/dialect";
import { anyThreadMatchesPostgres, termFrequenciesPostgres } from "../postgres/thread-ranking.server";

/** What one typed word or phrase may match in the index. */
export interface TermGroup {
  terms: Set<string>;
  prefixes: string[];
  phrases: string[][];
  /** Words required close together, in any order: an abbreviation's long form, or the parts of a split compound. */
  nearby: string[][];
  /** Nearby words that may continue (a compound's parts: "træning" + "afhængig…"). */
  nearbyPrefix?: boolean;
  /**
   * Words that widen the group beyond what was typed and its spellings: the
   * prefix for compounds starting with the word, a split compound's parts.
   * A word common enough without them drops them (`withoutWidening`).
   */
  widening?: string[];
  negated: boolean;
}

export interface QueryPlan {
  groups: TermGroup[];
  /** The FTS5 MATCH expression, built only from quoted index terms. */
  match: string | null;
  /** The corrected query the results are for, when a word matched nothing and a close spelling did. */
  didYouMean: string | null;
}

const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
const reverse = (text: string) => [...text].reverse().join("");
const MIN_COMPOUND = 5;
/** "lovlig" must not find "ulovlig": a compound's first part is a word, not a prefix of one or two letters. */
const MIN_COMPOUND_HEAD = 3;
const MIN_HEAD = 6;
const MIN_SPLIT = 8;
const MIN_TYPO = 5;
/** The shortest part of a known compound that is searched for on its own. */
const MIN_PART = 5;
/**
 * Compounds ending in a word, shortest first: past this many, the longer ones
 * (chains of three or more words, mostly one-off) add little a reader would
 * miss, while every extra term costs each search a doclist of its own (a
 * million posts' vocabulary held 150 compounds of "samtale").
 */
const MAX_COMPOUNDS = 40;

/** Indexed terms that end with `stem` after a real first part: the query "rådgivning" also finds "chatrådgivning". */
async function compoundsEndingWith(db: DB, stem: string): Promise<string[]> {
  const reversed = reverse(stem);
  const rows = await db
    .selectFrom("search_term")
    .select("term")
    .where("reversed", ">", reversed)
    .where("reversed", "<", `${reversed}\uffff`)
    .execute();
  return rows
    .map((row) => row.term)
    .filter((term) => term.length - stem.length >= MIN_COMPOUND_HEAD)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .slice(0, MAX_COMPOUNDS);
}

async function hasTermsStartingWith(db: DB, prefix: string): Promise<boolean> {
  const row = await db
    .selectFrom("search_term")
    .select("term")
    .where("term", ">=", prefix)
    .where("term", "<", `${prefix}\uffff`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** In how many threads each term occurs (FTS5's own count, kept as documents are written). */
export async function threadFrequencies(db: DB, terms: string[]): Promise<Map<string, number>> {
  if (terms.length === 0) return new Map();
  if (isPostgres(db)) return termFrequenciesPostgres(db, terms);
  const rows = await db.selectFrom("thread_fts_row").select(["term", "doc"]).where("term", "in", terms).execute();
  return new Map(rows.map((row) => [row.term, row.doc]));
}

/**
 * The closest indexed word to a misspelt one among terms that share its first
 * two letters and are within `max` letters of its length; of equally close
 * ones, the one most threads use. No cap: a cut in index order would drop
 * whatever sorts late.
 */
async function closestTerm(
  db: DB,
  stem: string,
  typed: string,
  max: number,
): Promise<{ term: string; word: string } | null> {
  const head = stem.slice(0, 2);
  const rows = await db
    .selectFrom("search_term")
    .select(["term", "word"])
    .where("term", ">=", head)
    .where("term", "<", `${head}\uffff`)
    .where((eb) =>
      eb.or([
        eb.between(eb.fn("length", ["term"]), stem.length - max, stem.length + max),
        eb.between(eb.fn("length", ["word"]), typed.length - max, typed.length + max),
      ]),
    )
    .execute();
  // Against the surface word too: the stem of a misspelling may lose less than the real word's ("underretnnig").
  const close = rows
    .map((row) => ({
      ...row,
      distance: Math.min(levenshtein(stem, row.term, max), levenshtein(typed, foldDanish(row.word), max)),
    }))
    .filter((row) => row.distance <= max && row.term.length >= MIN_TYPO - 1);
  if (close.length === 0) return null;
  const best = Math.min(...close.map((row) => row.distance));
  const nearest = close.filter((row) => row.distance === best);
  const frequencies = await threadFrequencies(
    db,
    nearest.map((row) => row.term),
  );
  nearest.sort((a, b) => (frequencies.get(b.term) ?? 0) - (frequencies.get(a.term) ?? 0));
  const chosen = nearest[0];
  return chosen ? { term: chosen.term, word: chosen.word } : null;
}

async function knownTerms(db: DB, terms: string[]): Promise<Set<string>> {
  if (terms.length === 0) return new Set();
  const rows = await db.selectFrom("search_term").select("term").where("term", "in", terms).execute();
  return new Set(rows.map((row) => row.term));
}

/**
 * A compound nobody wrote as one word ("træningsafhængighed") split into a
 * first part the forum uses as a word and a head it uses as a word or at the
 * start of one (afhængighed, afhængigheden), allowing the Danish linking s or
 * e between them. Of several splits, the one with the longest shorter part.
 */
async function splitCompound(db: DB, word: string): Promise<string[] | null> {
  const candidates: { left: string; right: string }[] = [];
  for (let i = 3; i <= word.length - 4; i += 1) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    candidates.push({ left, right });
    if ((left.endsWith("s") || left.endsWith("e")) && left.length > 3)
      candidates.push({ left: left.slice(0, -1), right });
  }
  const stems = candidates.map(({ left, right }) => ({
    left: queryStems(left)[0] ?? left,
    right: queryStems(right)[0] ?? right,
  }));
  const known = await knownTerms(db, [...new Set(stems.map((s) => s.left))]);
  const ordered = stems
    .filter((s) => s.left.length >= 3 && s.right.length >= 4)
    .sort((a, b) => Math.min(b.left.length, b.right.length) - Math.min(a.left.length, a.right.length));
  for (const split of ordered) {
    // A first part may live only inside compounds ("ungdoms-" in ungdomsuddannelse, ungdomsklub).
    const leftKnown = known.has(split.left) || (split.left.length >= 4 && (await hasTermsStartingWith(db, split.left)));
    if (leftKnown && (await hasTermsStartingWith(db, split.right))) return [split.left, split.right];
  }
  return null;
}

async function synonymsFor(db: DB): Promise<{ term: string; expansion: string }[]> {
  return db.selectFrom("search_synonym").select(["term", "expansion"]).execute();
}

/** Stop words carry no topic, so they are dropped, unless the query has nothing else. */
function withoutStopWords(parts: QueryPart[]): QueryPart[] {
  const isStop = (part: QueryPart) => part.kind === "word" && !part.prefix && DANISH_STOP_WORDS.has(part.word);
  return parts.some((part) => !part.negated && !isStop(part)) ? parts.filter((part) => !isStop(part)) : parts;
}

export interface PlanOptions {
  /** False when the reader asked for the words as typed ("søg i stedet efter …"). */
  correct?: boolean;
}

/**
 * Turns what a member typed into term groups and an FTS5 expression: Danish
 * stems and ae/oe/aa spellings, compounds ending in the word, synonyms and
 * abbreviations. A word the index does not know is tried, in this order, as
 * the start of known words, as a one-letter misspelling, as a compound of
 * known parts, and as a two-letter misspelling: a split never outranks a
 * one-letter correction ("underetning" is "underretning", not "under" +
 * "retning").
 */
export async function planQuery(db: DB, input: string, options: PlanOptions = {}): Promise<QueryPlan> {
  const correct = options.correct ?? true;
  const parts = parseQuery(input);
  const kept = new Set(withoutStopWords(parts));
  const synonyms = await synonymsFor(db);
  const groups: TermGroup[] = [];
  const corrected: QueryPart[] = [];
  let anyCorrection = false;

  for (const part of parts) {
    if (!kept.has(part)) {
      corrected.push(part);
      continue;
    }
    const group: TermGroup = { terms: new Set(), prefixes: [], phrases: [], nearby: [], negated: part.negated };
    let correctedPart: QueryPart = part;
    if (part.kind === "phrase") {
      group.phrases.push(part.words.map((word) => analyze(word)).filter(Boolean));
      const joined = part.words.join(" ");
      for (const synonym of synonyms) if (synonym.expansion === joined) group.terms.add(foldDanish(synonym.term));
    } else if (part.prefix) {
      group.prefixes.push(...new Set([foldDanish(part.word), ...queryStems(part.word)]));
    } else {
      const stems = queryStems(part.word);
      for (const stem of stems) {
        group.terms.add(stem);
        if (stem.length >= MIN_COMPOUND) for (const term of await compoundsEndingWith(db, stem)) group.terms.add(term);
        // Compounds that start with the word: "selvmord" also finds "selvmordsforsøg".
        if (stem.length >= MIN_HEAD) widen(group, [stem], true);
      }
      for (const synonym of synonyms) {
        if (synonym.term === part.word) group.nearby.push(analyze(synonym.expansion).split(" "));
        if (synonym.expansion === part.word) group.terms.add(foldDanish(synonym.term));
      }
      const stem = stems[0] ?? part.word;
      const known = (await knownTerms(db, [...group.terms])).size > 0 || group.nearby.length > 0;
      if (!known && !part.negated) {
        const typo = correct && stem.length >= MIN_TYPO ? await closestTerm(db, stem, foldDanish(part.word), 1) : null;
        const split = typo || part.word.length < MIN_SPLIT ? null : await splitCompound(db, part.word);
        // A word only known as the start of longer ones is searched as such, not corrected.
        const asPrefix = typo || split ? false : stem.length >= MIN_HEAD && (await hasTermsStartingWith(db, stem));
        const farTypo =
          typo || split || asPrefix || !correct || stem.length < MIN_SPLIT
            ? null
            : await closestTerm(db, stem, foldDanish(part.word), 2);
        const correction = typo ?? farTypo;
        if (correction) {
          group.terms = new Set([correction.term]);
          group.prefixes = [];
          if (correction.term.length >= MIN_HEAD) widen(group, [correction.term], true);
          correctedPart = { ...part, word: correction.word };
          anyCorrection = true;
        } else if (split) {
          group.nearby.push(split);
          group.nearbyPrefix = true;
          // Parts nobody wrote together: each part alone is still a better answer than none.
          widen(group, split, !(await anyThreadMatches(db, group)));
        }
      } else if (!part.negated && part.word.length >= MIN_SPLIT) {
        // A known compound also finds its parts written apart or in other
        // compounds ("samtykke" for "samtykkeerklæring"); they are commoner
        // than the compound, so BM25 ranks its own uses first. Short parts
        // ("over" + "gang") would find everything and are not offered.
        const split = await splitCompound(db, part.word);
        if (split && split.every((stem) => stem.length >= MIN_PART && !DANISH_STOP_WORDS.has(stem))) {
          group.nearby.push(split);
          group.nearbyPrefix = true;
          widen(group, split, true);
        }
      }
    }
    corrected.push(correctedPart);
    if (hasAlternatives(group)) groups.push(group);
  }

  const match = matchExpression(
    groups.filter((group) => !group.negated),
    groups.filter((group) => group.negated),
  );
  return { groups, match, didYouMean: anyCorrection ? formatQuery(corrected) : null };
}

/** Records widening words, and with `asPrefixes` searches them as prefixes too. */
function widen(group: TermGroup, words: string[], asPrefixes: boolean): void {
  group.widening = [...new Set([...(group.widening ?? []), ...words])];
  if (asPrefixes) group.prefixes.push(...words.filter((word) => !group.prefixes.includes(word)));
}

/**
 * The group without its widenings: the word as typed, its spellings, the
 * compounds ending in it and its synonyms. Null when it has none, or when
 * nothing would be left.
 */
export function withoutWidening(group: TermGroup): TermGroup | null {
  const widening = group.widening ?? [];
  if (widening.length === 0) return null;
  const nearby = group.nearby.filter((words) => !words.every((word) => widening.includes(word)));
  const core: TermGroup = {
    ...group,
    prefixes: group.prefixes.filter((prefix) => !widening.includes(prefix)),
    nearby,
    nearbyPrefix: nearby.length > 0 && group.nearbyPrefix,
    widening: [],
  };
  return hasAlternatives(core) ? core : null;
}

/** Whether the group can match anything at all. */
function hasAlternatives(group: TermGroup): boolean {
  return (
    group.terms.size > 0 ||
    group.prefixes.length > 0 ||
    group.phrases.some((phrase) => phrase.length > 0) ||
    group.nearby.length > 0
  );
}

/** The FTS5 MATCH expression for the groups: any positive one, none of the negated ones. */
export function matchExpression(positive: TermGroup[], negative: TermGroup[]): string | null {
  if (positive.length === 0) return null;
  // NOT binds tighter than OR in FTS5, so the positive side needs its own brackets.
  return [
    `(${positive.map(groupExpression).join(" OR ")})`,
    ...negative.map((group) => `NOT ${groupExpression(group)}`),
  ].join(" ");
}

async function anyThreadMatches(db: DB, group: TermGroup): Promise<boolean> {
  if (isPostgres(db)) return anyThreadMatchesPostgres(db, group);
  const match = groupExpression(group);
  const { rows } = await sql`select 1 from thread_fts where thread_fts match ${match} limit 1`.execute(db);
  return rows.length > 0;
}

/**
 * One group as an FTS5 expression: its alternatives ORed. A term its own
 * prefix covers is left out, since BM25 would count each of its occurrences
 * twice and a word with more spellings would outweigh the others.
 */
export function groupExpression(group: TermGroup): string {
  const star = group.nearbyPrefix ? "*" : "";
  return `(${[
    ...[...group.terms].filter((term) => !group.prefixes.some((prefix) => term.startsWith(prefix))).map(quote),
    ...group.prefixes.map((prefix) => `${quote(prefix)}*`),
    ...group.phrases.filter((p) => p.length > 0).map((phrase) => quote(phrase.join(" "))),
    ...group.nearby.map(
      (words) => `NEAR(${words.map((word) => `${quote(word)}${star}`).join(" ")}, ${words.length + 2})`,
    ),
  ].join(" OR ")})`;
}
