import type { DB } from "../db.server";
import { stemWord, tokenize } from "./analyze";

/** Records each stem of `text` once, with a surface word to suggest and the stem reversed for compound look-ups. */
export async function recordTerms(tx: DB, text: string): Promise<void> {
  const terms = new Map<string, string>();
  for (const token of tokenize(text)) {
    const term = stemWord(token.word);
    if (term.length >= 2 && !terms.has(term)) terms.set(term, token.word);
  }
  const rows = [...terms].map(([term, word]) => ({ term, reversed: [...term].reverse().join(""), word }));
  for (let i = 0; i < rows.length; i += 400) {
    await tx
      .insertInto("search_term")
      .values(rows.slice(i, i + 400))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
