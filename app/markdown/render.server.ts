import { Marked, Tokenizer } from "marked";
import sanitizeHtml from "sanitize-html";

// marked recurses once per container level and overflows the stack near
// 1,800 nested `>`; no real post needs more than a handful of levels.
const MAX_CONTAINER_MARKERS = 8;
const MAX_CONTAINER_INDENT = 64; // columns; bounds nesting built by indentation
// Several marked inline regexes rescan the rest of the paragraph from every
// candidate delimiter (quadratic; `[a](` repeated is cubic). A window keeps one
// attempt cheap, the depth cap stops `*a *a …***` recursing, and a budget on the
// characters those attempts may scan stops many attempts multiplying the cost.
// The budget counts characters, never time, so the stored HTML depends only on
// the text: a post written while the server is busy renders exactly as any other.
// Only hostile input gets near it; past it the rest of the post keeps its text,
// unformatted. `npm run bench:markdown` prints the worst cases' render times.
const INLINE_WINDOW = 3_000;
const TEXT_WINDOW = 500;
const MAX_INLINE_DEPTH = 24;
const INLINE_SCAN_BUDGET_PER_CHAR = 100;
const MIN_INLINE_SCAN_BUDGET = 2_000_000;
// Posts are capped far below this. Above it marked's own masking passes are
// quadratic (1 MiB of `` `a` `` takes minutes), so the text is shown verbatim.
const FULL_RENDER_LIMIT = 100_000;

const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

function capContainerPrefix(line: string): string {
  let [pos, markers, columns, out, changed] = [0, 0, 0, "", false];
  for (;;) {
    let end = pos;
    while (line[end] === " " || line[end] === "\t") end++;
    const marker = CONTAINER_MARKER.exec(line.slice(end, end + 11))?.[0];
    if (marker === undefined) break;
    const ws = line.slice(pos, end);
    const width = ws.length + 3 * (ws.split("\t").length - 1);
    if (markers >= MAX_CONTAINER_MARKERS) {
      changed = true;
    } else if (columns + width > MAX_CONTAINER_INDENT) {
      const kept = Math.max(MAX_CONTAINER_INDENT - columns, markers > 0 ? 1 : 0);
      out += " ".repeat(kept) + marker;
      columns += kept;
      markers++;
      changed = true;
    } else {
      out += ws + marker;
      columns += width;
      markers++;
    }
    pos = end + marker.length;
  }
  return changed ? out + line.slice(pos) : line;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const plainParagraph = (text: string): string => `<p>${escapeHtml(text.trim()).replace(/\n/g, "<br />")}</p>`;

let inlineDepth = 0;
let inlineScanned = 0;
let inlineScanBudget = MIN_INLINE_SCAN_BUDGET;

// The characters that can start each bounded token, and what a failed attempt
// costs per character of its window: any other first character fails the
// anchored regex at once (one step), a link's regexes backtrack the hardest.
// A successful attempt costs the characters it consumed.
const ATTEMPTS = {
  emStrong: { start: /^[*_]/, weight: 1 },
  link: { start: /^!?\[/, weight: 15 },
  reflink: { start: /^!?\[/, weight: 15 },
  codespan: { start: /^`/, weight: 1 },
  del: { start: /^~/, weight: 1 },
  autolink: { start: /^</, weight: 1 },
  url: { start: /^[\p{L}\p{N}]/u, weight: 1 },
  tag: { start: /^</, weight: 1 },
} satisfies Record<string, { start: RegExp; weight: number }>;

// Runs one of marked's own inline tokenizers on a bounded window of the input.
function bounded<T extends { raw: string }>(
  kind: keyof typeof ATTEMPTS,
  src: string,
  run: (window: string) => T | undefined,
): T | undefined {
  if (inlineDepth >= MAX_INLINE_DEPTH || inlineScanned > inlineScanBudget) return undefined;
  const window = src.length > INLINE_WINDOW ? src.slice(0, INLINE_WINDOW) : src;
  inlineDepth++;
  let token: T | undefined;
  try {
    token = run(window);
    return token;
  } finally {
    inlineDepth--;
    const attempt = ATTEMPTS[kind];
    inlineScanned += token ? token.raw.length : attempt.start.test(window) ? window.length * attempt.weight : 1;
  }
}

const base = Tokenizer.prototype;
const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  tokenizer: {
    emStrong(src, maskedSrc, prevChar) {
      const masked = maskedSrc.slice(maskedSrc.length - src.length); // its tail lines up with src
      return bounded("emStrong", src, (w) => base.emStrong.call(this, w, masked.slice(0, w.length), prevChar));
    },
    link(src) {
      return bounded("link", src, (w) => base.link.call(this, w));
    },
    reflink(src, links) {
      return bounded("reflink", src, (w) => base.reflink.call(this, w, links));
    },
    codespan(src) {
      return bounded("codespan", src, (w) => base.codespan.call(this, w));
    },
    del(src) {
      return bounded("del", src, (w) => base.del.call(this, w));
    },
    autolink(src) {
      return bounded("autolink", src, (w) => base.autolink.call(this, w));
    },
    url(src) {
      return bounded("url", src, (w) => base.url.call(this, w));
    },
    inlineText(src) {
      // Never budgeted: text must always be consumed. Windowed because its
      // e-mail look-ahead rescans long runs of word characters.
      return base.inlineText.call(this, src.slice(0, TEXT_WINDOW));
    },
    tag(src) {
      const token = bounded("tag", src, (w) => base.tag.call(this, w));
      // After an inline <pre>/<script> marked emits later text unescaped; all
      // HTML is shown as text here, so there is never a raw block to be in.
      this.lexer.state.inRawBlock = false;
      return token;
    },
  },
  renderer: {
    html({ text, block }) {
      return block ? `${plainParagraph(text)}\n` : escapeHtml(text);
    },
    heading({ tokens, depth }) {
      const level = Math.max(depth, 3); // the page owns h1/h2
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    image({ text }) {
      return escapeHtml(text); // no hosted images: keep the alt text only
    },
    checkbox: ({ checked }) => (checked ? "[x]" : "[ ]"),
  },
});

const REL = "nofollow noopener noreferrer";
const ALIGN = { name: "align", values: ["left", "center", "right"] };

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"], th: [ALIGN], td: [ALIGN] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: "discard",
  transformTags: {
    h1: "h3",
    h2: "h3",
    a: (_tagName, attribs) => {
      const kept: sanitizeHtml.Attributes = {}; // drops target and everything else
      if (attribs.href !== undefined) kept.href = attribs.href;
      return { tagName: "a", attribs: { ...kept, rel: REL } };
    },
  },
};

// Wide content scrolls inside its own box on a phone instead of widening the page, and a box that
// scrolls must be reachable by keyboard (axe: scrollable-region-focusable). Added after sanitising,
// where `<pre>` and `<table>` can only be the sanitiser's own attribute-free tags (text is escaped);
// migration 20261204T1600_scrollable_code_and_tables applies the same replacement to stored HTML.
export const SCROLL_BOX_REPLACEMENTS: ReadonlyArray<readonly [string, string]> = [
  ["<pre>", '<pre tabindex="0">'],
  ["<table>", '<div class="table-scroll" tabindex="0"><table>'],
  ["</table>", "</table></div>"],
];

function addScrollBoxes(html: string): string {
  return SCROLL_BOX_REPLACEMENTS.reduce((text, [from, to]) => text.replaceAll(from, to), html);
}

export function renderMarkdown(source: string): string {
  const text = source.replace(/\r\n?/g, "\n");
  if (text.length > FULL_RENDER_LIMIT) {
    return text
      .split(/\n(?:[ \t]*\n)+/)
      .filter((p) => p.trim() !== "")
      .map(plainParagraph)
      .join("\n");
  }
  inlineDepth = 0;
  inlineScanned = 0;
  inlineScanBudget = Math.max(MIN_INLINE_SCAN_BUDGET, text.length * INLINE_SCAN_BUDGET_PER_CHAR);
  const html = markdown.parse(text.split("\n").map(capContainerPrefix).join("\n"), { async: false });
  return addScrollBoxes(sanitizeHtml(html, SANITIZE_OPTIONS));
}
