import type { TermGroup } from "./query-plan.server";

/**
 * Counting a query's words and phrases in analysed text (stems separated by
 * single spaces), for the snippet's best post and the ranking of a window of
 * very common words.
 */

export interface Phrase {
  words: string[];
  prefix: boolean;
  /** The positive group it stands for. */
  group: number;
  /** For words of an abbreviation's long form: counted only where all of them occur. */
  nearby?: string[];
}

export function queryPhrases(positive: TermGroup[]): Phrase[] {
  return positive.flatMap((group, index) => [
    ...[...group.terms].map((term) => ({ words: [term], prefix: false, group: index })),
    ...group.prefixes.map((prefix) => ({ words: [prefix], prefix: true, group: index })),
    ...group.phrases.filter((phrase) => phrase.length > 0).map((words) => ({ words, prefix: false, group: index })),
    ...group.nearby.flatMap((words) =>
      words.map((word) => ({ words: [word], prefix: group.nearbyPrefix ?? false, group: index, nearby: words })),
    ),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Adds `weight` per occurrence of each phrase in one column (stems separated
 * by single spaces). One regular expression finds every token that could
 * start an occurrence, which V8 runs far faster than splitting the text into
 * words; the token found then tells which phrases occur there.
 */
export function phraseCounter(phrases: Phrase[]) {
  const byWord = new Map<string, number[]>();
  const prefixes: number[] = [];
  const sequences: number[] = [];
  phrases.forEach((phrase, i) => {
    const [first, ...rest] = phrase.words;
    if (!first) return;
    if (phrase.prefix) prefixes.push(i);
    else if (rest.length > 0) sequences.push(i);
    else byWord.set(first, [...(byWord.get(first) ?? []), i]);
  });
  const alternatives = [
    ...new Set([...byWord.keys(), ...sequences.map((i) => phrases[i]?.words[0] ?? "")].map(escapeRegExp)),
    ...prefixes.map((i) => `${escapeRegExp(phrases[i]?.words[0] ?? "")}[^ ]*`),
  ];
  const token = new RegExp(`(?<![^ ])(?:${alternatives.join("|")})(?![^ ])`, "g");
  return (text: string, counts: Float64Array, weight: number) => {
    if (alternatives.length === 0) return;
    token.lastIndex = 0;
    for (let found = token.exec(text); found; found = token.exec(text)) {
      const word = found[0];
      for (const i of byWord.get(word) ?? []) counts[i] = (counts[i] ?? 0) + weight;
      for (const i of prefixes) if (word.startsWith(phrases[i]?.words[0] ?? "")) counts[i] = (counts[i] ?? 0) + weight;
      for (const i of sequences) {
        const [first, ...rest] = phrases[i]?.words ?? [];
        const end = found.index + word.length + 1 + rest.join(" ").length;
        if (
          word === first &&
          text.startsWith(` ${rest.join(" ")}`, found.index + word.length) &&
          (end === text.length || text[end] === " ")
        )
          counts[i] = (counts[i] ?? 0) + weight;
      }
    }
  };
}

/**
 * The groups whose phrases occur, given per-phrase counts. A word of an
 * abbreviation's long form counts only where all its words occur (its count
 * is cleared otherwise), as groupMatches in query-plan has it.
 */
export function coveredGroups(phrases: Phrase[], counts: Float64Array): number[] {
  const covered = new Set<number>();
  phrases.forEach((phrase, i) => {
    if (!counts[i]) return;
    if (
      phrase.nearby &&
      !phrase.nearby.every((word) =>
        phrases.some((other, j) => other.nearby === phrase.nearby && other.words[0] === word && counts[j]),
      )
    )
      counts[i] = 0;
    else covered.add(phrase.group);
  });
  return [...covered];
}

/** The positive groups a post's stems ("title body") cover: groupMatches' answer, from one regular expression rather than a set of every word. */
export function coverage(positive: TermGroup[]): (text: string) => number[] {
  const phrases = queryPhrases(positive);
  const count = phraseCounter(phrases);
  return (text) => {
    const counts = new Float64Array(phrases.length);
    count(text, counts, 1);
    return coveredGroups(phrases, counts);
  };
}
