import { postPlainText } from "../search/index.server";

/** The pieces every Tværs mail shares: escaping, its Message-ID, the list headers and the footer. */

/** Members' own words go into the HTML part; nothing they wrote may become markup. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The same id however often an outbox row is tried, so a mail re-sent after a
 * crash between send and delete can be recognised as the same.
 */
export function outboxMessageId(outboxId: number, origin: string): string {
  return `<tvaers-mail-${outboxId}@${new URL(origin).hostname}>`;
}

/** RFC 8058 one-click unsubscribe, and no auto-replies to a mail no one wrote by hand. */
export function listMailHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}

/** The HTML footer: why the member gets the mail, then its links (settings, unsubscribe). */
export function htmlFooter(why: string, links: { href: string; label: string }[]): string {
  const anchors = links.map((link) => `<a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a>`).join(" · ");
  return `<hr><p style="font-size:0.85em;color:#555">${escapeHtml(why)}<br>${anchors}</p>`;
}

/** The start of a post or summary as plain text, for a mail that may show excerpts (MAIL_EXCERPTS). */
export function mailExcerpt(markdown: string, maxChars: number): string {
  const plain = postPlainText(markdown);
  return plain.length > maxChars ? `${plain.slice(0, maxChars).trimEnd()} …` : plain;
}
