import type { TermGroup } from "../query/query-plan.server";

/**
 * The query plan as PostgreSQL tsquery text, the counterpart of FTS5's MATCH
 * expression (groupExpression). Index terms are analysed already (Danish
 * stems, folded), so the text is cast to tsquery as it is, never normalised
 * again by a text-search configuration.
 */
export const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** FTS5's NEAR(a b, k): at most k words between them, in either order. */
function near(words: string[], star: string, gap: number): string {
  const [a, b] = words.map((word) => `${lexeme(word)}${star}`);
  if (words.length !== 2 || !a || !b) return `(${words.map((word) => `${lexeme(word)}${star}`).join(" & ")})`;
  const alternatives: string[] = [];
  for (let distance = 1; distance <= gap + 1; distance += 1)
    alternatives.push(`${a} <${distance}> ${b}`, `${b} <${distance}> ${a}`);
  return `(${alternatives.join(" | ")})`;
}

export function groupTsquery(group: TermGroup): string {
  const star = group.nearbyPrefix ? ":*" : "";
  const alternatives = [
    ...[...group.terms].filter((term) => !group.prefixes.some((prefix) => term.startsWith(prefix))).map(lexeme),
    ...group.prefixes.map((prefix) => `${lexeme(prefix)}:*`),
    ...group.phrases.filter((p) => p.length > 0).map((phrase) => `(${phrase.map(lexeme).join(" <-> ")})`),
    ...group.nearby.map((words) => near(words, star, words.length + 2)),
  ];
  return `(${alternatives.join(" | ")})`;
}

/** Any positive group, and none of the negated ones. */
export function planTsquery(positive: TermGroup[], negative: TermGroup[]): string {
  return [`(${positive.map(groupTsquery).join(" | ")})`, ...negative.map((group) => `!${groupTsquery(group)}`)].join(
    " & ",
  );
}
