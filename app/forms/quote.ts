import { quoteCopy } from "../copy/everyday";

/** The permalink of a post: /indlaeg/<id> finds the right page of its thread, however long the thread grows. */
export function postPermalink(postId: number): string {
  return `/indlaeg/${postId}`;
}

/** A Markdown blockquote of a post with its author, linking back to the quoted post. */
export function quoteMarkdown(post: { id: number; source: string; authorName: string }): string {
  const quoted = post.source
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n")
    .slice(0, 20)
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
  // Brackets in a name would break the link text; names are plain, but be safe.
  const author = post.authorName.replace(/[[\]*_`]/g, "");
  return `> **${author}** [${quoteCopy.wrote}](${postPermalink(post.id)}):\n${quoted}\n\n`;
}

/**
 * Where a quote goes into a draft: at the cursor, on lines of its own. Used by
 * the browser (insert at the caret) and the no-JavaScript path (append).
 */
export function insertQuote(draft: string, quote: string, at = draft.length): { text: string; caret: number } {
  const before = draft.slice(0, at);
  const after = draft.slice(at);
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const text = `${before}${lead}${quote}${after.replace(/^\n+/, "")}`;
  return { text, caret: before.length + lead.length + quote.length };
}
