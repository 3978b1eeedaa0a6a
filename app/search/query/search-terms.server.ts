import type { DB } from "../../db.server";
import { analyze, stemWord, tokenize } from "./analyze";

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

/**
 * A thread's tag labels as its search document holds them (analysed, ordered
 * by label), recorded as terms on the way: tag labels are words the index
 * knows, so a search for one is never "corrected". Both database backends
 * build their thread documents with it.
 */
export async function analysedThreadTags(tx: DB, threadId: number): Promise<string> {
  const tags = await tx
    .selectFrom("thread_tag")
    .innerJoin("tag", "tag.id", "thread_tag.tag_id")
    .select("tag.label")
    .where("thread_tag.thread_id", "=", threadId)
    .orderBy("tag.label")
    .execute();
  const labels = tags.map((tag) => tag.label).join(" ");
  if (tags.length > 0) await recordTerms(tx, labels);
  return analyze(labels);
}

/** The thread's title (held by the opening post's row) and its posts' text, from per-post rows in id order. */
export function joinThreadText(rows: { title: string; body: string }[]): { title: string; body: string } {
  return {
    title: rows
      .map((row) => row.title)
      .filter(Boolean)
      .join(" "),
    body: rows.map((row) => row.body).join(" "),
  };
}
