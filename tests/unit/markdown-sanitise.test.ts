import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../app/markdown/render.server";
import { xssInputs } from "../fixtures/xss-inputs";

const ALLOWED_TAGS = new Set(["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"]);
const ALLOWED_ATTRIBUTES: Record<string, Set<string>> = { a: new Set(["href", "rel"]), ol: new Set(["start"]), th: new Set(["align"]), td: new Set(["align"]) };

function decodeEntities(text: string): string {
  return text.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec))).replace(/&colon;/gi, ":").replace(/&amp;/g, "&");
}

/** The scheme a browser would see: entities decoded, control characters and white space removed. */
function schemeOf(href: string): string | null {
  const cleaned = decodeEntities(href).replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return match?.[1] ?? null;
}

function elements(nodes: ChildNode[]): Element[] {
  return nodes.flatMap((node) => (node.type === "tag" ? [node as Element, ...elements((node as Element).children)] : "children" in node ? elements((node as { children: ChildNode[] }).children) : []));
}

function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const element of elements(parseDocument(html).children)) {
    if (!ALLOWED_TAGS.has(element.name)) problems.push(`<${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!ALLOWED_ATTRIBUTES[element.name]?.has(name)) problems.push(`${element.name}[${name}]`);
      if (name === "href") {
        const scheme = schemeOf(value);
        if (scheme !== null && !["http", "https", "mailto"].includes(scheme)) problems.push(`href scheme ${scheme}`);
        if (value.startsWith("//")) problems.push("protocol-relative href");
      }
    }
  }
  return problems;
}

describe("Markdown rendering", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("Hej **alle** og *dig*\nny linje\n\n- et\n- to\n\n1. først\n\n> citat\n\n`kode`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~væk~~");
    expect(html).toContain("<strong>alle</strong>");
    expect(html).toContain("<em>dig</em>");
    expect(html).toContain("<br />");
    expect(html).toMatch(/<ul>\s*<li>et<\/li>/);
    expect(html).toContain("<ol>");
    expect(html).toMatch(/<blockquote>\s*<p>citat<\/p>/);
    expect(html).toContain("<code>kode</code>");
    expect(html).toContain("<table>");
    expect(html).toContain("<del>væk</del>");
  });

  it("demotes headings so a post never adds an h1 or h2 to the page", () => {
    const html = renderMarkdown("# Stor\n\n## Mindre\n\n#### Lille");
    expect(html).toContain("<h3>Stor</h3>");
    expect(html).toContain("<h3>Mindre</h3>");
    expect(html).toContain("<h4>Lille</h4>");
    expect(html).not.toMatch(/<h[12]/);
  });

  it("gives links rel=nofollow noopener noreferrer and no target", () => {
    const html = renderMarkdown('[Cyberhus](https://cyberhus.dk "titel") og <https://bornsvilkar.dk> og https://example.dk');
    expect(html).toContain('<a href="https://cyberhus.dk" rel="nofollow noopener noreferrer">Cyberhus</a>');
    expect(html).toContain('<a href="https://bornsvilkar.dk" rel="nofollow noopener noreferrer">');
    expect(html).not.toContain("target=");
    expect(html).not.toContain("title=");
  });

  it("shows raw HTML as text instead of interpreting it", () => {
    expect(renderMarkdown("<b>fed</b>")).toBe("<p>&lt;b&gt;fed&lt;/b&gt;</p>\n");
  });

  it.each(xssInputs.map((input) => [input.name, input.markdown]))("neutralises %s", (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|svg|iframe|img|object|embed|style|form|math|base|meta|link)\b/i);
  });

  it("has at least 30 hostile inputs to test", () => {
    expect(xssInputs.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ["5,000 nested blockquotes", ">".repeat(5_000) + " dybt"],
    ["5,000 nested list items", Array.from({ length: 5_000 }, (_, i) => `${"  ".repeat(i)}- punkt`).join("\n")],
    ["10,000 opening brackets", "[".repeat(10_000)],
    ["1 MiB of text", "ord ".repeat(262_144)],
    // Bodies are capped at 50,000 characters before rendering; this is the worst case that reaches marked.
    ["50,000 characters of emphasis markers", "*_".repeat(25_000)],
  ])("survives %s without throwing", { timeout: 20_000 }, (_name, markdown) => {
    expect(typeof renderMarkdown(markdown)).toBe("string");
  });
});
