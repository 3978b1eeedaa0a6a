/** At most this many members are notified of one post's mentions; the rest stay plain text. */
export const MAX_MENTIONS_NOTIFIED = 10;

const QUOTE_HEADER = /^>\s*\*\*(.+?)\*\* skrev:/gm;

/** Text outside code and quotes: a handle inside a code sample or someone else's quoted words mentions no one. */
function ownWords(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
}

/** The distinct @-handles a post's author wrote, lower case, in order of first appearance. */
export function mentionedHandles(markdown: string): string[] {
  const handles = new Set<string>();
  for (const match of ownWords(markdown).matchAll(/(?<![\p{L}\p{N}_.@/])@([a-z0-9][a-z0-9_]{1,29})(?![a-z0-9_])/giu)) {
    handles.add((match[1] ?? "").toLowerCase());
  }
  return [...handles];
}

/** The display names of the authors a post quotes with the thread page's "> **Navn** skrev:" header. */
export function quotedAuthorNames(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(QUOTE_HEADER)].map((match) => (match[1] ?? "").trim()).filter(Boolean))];
}
