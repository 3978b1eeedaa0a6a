/**
 * The @-handle being typed at the caret, for the editor's autocomplete: the
 * "@" must start a word (as in notifications/mentions.ts, so "anne@x.dk" is no
 * mention) and be followed by at least one letter or digit up to the caret.
 */
export interface MentionQuery {
  /** Where the "@" is. */
  start: number;
  /** What follows the "@" up to the caret. */
  text: string;
}

const TYPED_MENTION = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_]{1,30})$/u;

export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const match = TYPED_MENTION.exec(value.slice(0, caret));
  if (!match || match[1] === undefined) return null;
  return { start: match.index, text: match[1] };
}

/** Replaces the typed "@ka" (from `query.start` to `caret`) with "@handle " and puts the caret after the space. */
export function insertMention(
  value: string,
  query: MentionQuery,
  caret: number,
  handle: string,
): { text: string; caret: number } {
  const after = value.slice(caret).replace(/^[\p{L}\p{N}_]*/u, "");
  const inserted = `@${handle}${after.startsWith(" ") ? "" : " "}`;
  const text = value.slice(0, query.start) + inserted + after;
  const end = query.start + inserted.length + (after.startsWith(" ") ? 1 : 0);
  return { text, caret: end };
}
