import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it, vi } from "vitest";
import { renderMarkdown } from "../../app/markdown/render.server";
import { xssInputs } from "../fixtures/xss-inputs";

const ALLOWED_TAGS = new Set([
  "div",
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
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "rel"],
  ol: ["start"],
  th: ["align"],
  td: ["align"],
  pre: ["tabindex"],
  div: ["class", "tabindex"],
};
const REL = "nofollow noopener noreferrer";

// htmlparser2 already decodes entities once, as a browser does; decode again to be strict.
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ":")
    .replace(/&tab;/gi, "\t")
    .replace(/&newline;/gi, "\n")
    .replace(/&amp;/gi, "&");
}

/** What a browser would take as the scheme, or null for a relative URL. */
function schemeOf(href: string): string | null {
  const cleaned = decodeEntities(href)
    .replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, "")
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null;
}

function problemsIn(html: string): string[] {
  const problems: string[] = [];
  const elements = DomUtils.findAll(() => true, parseDocument(html).children);
  for (const element of elements) {
    if (!ALLOWED_TAGS.has(element.name)) problems.push(`element <${element.name}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!(ALLOWED_ATTRIBUTES[element.name] ?? []).includes(name)) problems.push(`attribute ${element.name}[${name}]`);
      if (name.toLowerCase().startsWith("on")) problems.push(`event handler ${name}`);
      if (name.toLowerCase() === "style") problems.push("style attribute");
      if (name === "href") {
        const scheme = schemeOf(value);
        if (scheme !== null && !["http", "https", "mailto"].includes(scheme)) problems.push(`href scheme ${scheme}:`);
        if (/^[\s/\\]*[/\\]{2}/.test(value)) problems.push(`protocol-relative href ${value}`);
      }
    }
    if (element.name === "a" && element.attribs.rel !== REL) problems.push("link without rel");
    if (element.name === "div" && element.attribs.class !== "table-scroll")
      problems.push(`div of class ${element.attribs.class}`);
    if ("tabindex" in element.attribs && element.attribs.tabindex !== "0")
      problems.push(`tabindex ${element.attribs.tabindex}`);
  }
  for (const needle of ["<script", "<svg", "<iframe", "<img", "<style", "<object", "<embed", "<math"]) {
    if (html.toLowerCase().includes(needle)) problems.push(`substring ${needle}`);
  }
  return problems;
}

describe("renderMarkdown: ordinary Markdown", () => {
  it("renders paragraphs, emphasis, strikethrough, line breaks and code", () => {
    const html = renderMarkdown(
      "Hej **alle** og *dig* og ~~væk~~\nny linje\n\nAnden `kode <b>` her\n\n```ts\nconst a = 1 < 2;\n```",
    );
    expect(html).toContain("<p>Hej <strong>alle</strong> og <em>dig</em> og <del>væk</del><br />ny linje</p>");
    expect(html).toContain("<p>Anden <code>kode &lt;b&gt;</code> her</p>");
    expect(html).toContain('<pre tabindex="0"><code>const a = 1 &lt; 2;\n</code></pre>');
  });

  it("renders lists, task lists, numbered lists with a start and nested blockquotes", () => {
    const html = renderMarkdown(
      "- et\n- to\n  - under\n\n3. tre\n4. fire\n\n- [x] gjort\n- [ ] mangler\n\n> citat\n> > svar",
    );
    expect(html).toMatch(/<ul>\s*<li>et<\/li>\s*<li>to<ul>\s*<li>under<\/li>/);
    expect(html).toContain('<ol start="3">');
    expect(html).toContain("<li>[x] gjort</li>");
    expect(html).toContain("<li>[ ] mangler</li>");
    expect(html).not.toContain("<input");
    expect(html).toMatch(/<blockquote>\s*<p>citat<\/p>\s*<blockquote>\s*<p>svar<\/p>/);
  });

  it("renders tables with alignment", () => {
    const html = renderMarkdown("| a | b |\n|:--|--:|\n| 1 | 2 |");
    expect(html).toMatch(
      /<div class="table-scroll" tabindex="0"><table>\s*<thead>\s*<tr>\s*<th align="left">a<\/th>\s*<th align="right">b<\/th>/,
    );
    expect(html).toContain('<td align="right">2</td>');
  });

  it("puts code blocks and tables in boxes that scroll on their own and can be reached by keyboard", () => {
    const html = renderMarkdown("```\nlang linje\n```\n\n| a |\n|---|\n| 1 |\n\nTekst med <pre> og <table> som tekst");
    expect(html).toContain('<pre tabindex="0"><code>lang linje');
    expect(html).toMatch(/<div class="table-scroll" tabindex="0"><table>[\s\S]*<\/table><\/div>/);
    expect(html).toContain("Tekst med &lt;pre&gt; og &lt;table&gt; som tekst");
    expect(problemsIn(html)).toEqual([]);
  });

  it("demotes h1 and h2 to h3 and keeps h3-h6", () => {
    const html = renderMarkdown("# Stor\n\nUnder\n=====\n\n## Mindre\n\n#### Lille\n\n###### Mindst");
    expect(html).toContain("<h3>Stor</h3>");
    expect(html).toContain("<h3>Under</h3>");
    expect(html).toContain("<h3>Mindre</h3>");
    expect(html).toContain("<h4>Lille</h4>");
    expect(html).toContain("<h6>Mindst</h6>");
    expect(html).not.toMatch(/<h[12]/);
  });

  it("keeps the nesting of normal documents intact", () => {
    const source = "> > > > > > > > otte\n\n- a\n  - b\n    - c\n      - d\n\n* * *\n\n1. x\n   > citat i liste";
    const html = renderMarkdown(source);
    expect(html.match(/<blockquote>/g)).toHaveLength(9);
    expect(html.match(/<ul>/g)).toHaveLength(4);
    expect(html).toContain("<hr />");
  });
});

describe("renderMarkdown: links, HTML and images", () => {
  it("gives every link rel=nofollow noopener noreferrer and no target or title", () => {
    const html = renderMarkdown(
      '[Cyberhus](https://cyberhus.dk "titel") <https://b.dk> www.c.dk mail@d.dk [rel](/t/1)',
    );
    expect(html).toContain(`<a href="https://cyberhus.dk" rel="${REL}">Cyberhus</a>`);
    expect(html).toContain(`<a href="https://b.dk" rel="${REL}">https://b.dk</a>`);
    expect(html).toContain(`<a href="http://www.c.dk" rel="${REL}">www.c.dk</a>`);
    expect(html).toContain(`<a href="mailto:mail@d.dk" rel="${REL}">mail@d.dk</a>`);
    expect(html).toContain(`<a href="/t/1" rel="${REL}">rel</a>`);
    expect(html).not.toMatch(/target=|title=/);
  });

  it("drops the href of links with a forbidden scheme but keeps their text", () => {
    const html = renderMarkdown("[a](javascript:alert(1)) [b](data:text/html,x) [c](//evil.example)");
    expect(html).toBe(`<p><a rel="${REL}">a</a> <a rel="${REL}">b</a> <a rel="${REL}">c</a></p>\n`);
  });

  it("shows raw HTML as literal text", () => {
    expect(renderMarkdown("<b>fed</b>")).toBe("<p>&lt;b&gt;fed&lt;/b&gt;</p>\n");
    expect(renderMarkdown("<div>\nblok\n</div>")).toBe("<p>&lt;div&gt;<br />blok<br />&lt;/div&gt;</p>\n");
  });

  it("keeps text after an inline <pre> escaped (marked would emit it raw)", () => {
    expect(renderMarkdown("a <pre> b <img/src=x onerror=alert(1)>")).toBe(
      "<p>a &lt;pre&gt; b &lt;img/src=x onerror=alert(1)&gt;</p>\n",
    );
  });

  it("replaces images with their alt text", () => {
    expect(renderMarkdown("![et billede](https://a.dk/x.png)")).toBe("<p>et billede</p>\n");
  });
});

describe("renderMarkdown: hostile input", () => {
  it("has at least 35 hostile fixtures with unique names", () => {
    expect(xssInputs.length).toBeGreaterThanOrEqual(35);
    expect(new Set(xssInputs.map((input) => input.name)).size).toBe(xssInputs.length);
  });

  it.each(xssInputs.map((input) => [input.name, input.markdown] as const))("neutralises %s", (_name, markdown) => {
    expect(problemsIn(renderMarkdown(markdown))).toEqual([]);
  });

  it("the checker itself notices unsafe output", () => {
    expect(problemsIn('<a href="jav&#x09;ascript:x" target="_blank">x</a><img src=x onerror=y>')).toEqual([
      "href scheme javascript:",
      "attribute a[target]",
      "link without rel",
      "element <img>",
      "attribute img[src]",
      "attribute img[onerror]",
      "event handler onerror",
      "substring <img",
    ]);
  });

  const oneMiB = 1024 * 1024;
  it.each([
    ["5,000 nested >", ">".repeat(5_000) + " dybt"],
    ["5,000 nested > with spaces", "> ".repeat(5_000) + "dybt"],
    ["5,000 nested list items on one line", "- ".repeat(5_000) + "dybt"],
    [
      "5,000 nested list items by indentation",
      Array.from({ length: 5_000 }, (_, i) => `${"  ".repeat(i)}- punkt`).join("\n"),
    ],
    [
      "300 nested list items by indentation (under the full-render limit)",
      Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"),
    ],
    [
      "600 nested list items by tab indentation",
      Array.from({ length: 600 }, (_, i) => `${"\t".repeat(i >> 1)}${i % 2 ? "  " : ""}- x`).join("\n"),
    ],
    ["5,000 alternating quote and list markers", "> 1. ".repeat(5_000) + "x"],
    ["10,000 [", "[".repeat(10_000)],
    ["5,000 nested links", "[".repeat(5_000) + "x" + "](https://a.dk)".repeat(5_000)],
    ["8,000 nested emphasis", "*a ".repeat(8_000) + "x" + "*".repeat(8_000)],
    ["50,000 characters of unclosed emphasis", "*a ".repeat(16_666)],
    ["50,000 characters of unclosed links", "[a](".repeat(12_500)],
    ["50,000 characters of code spans", "`a` ".repeat(12_500)],
    [
      "1 MiB of Markdown",
      "## Overskrift\n\nTekst med **fed**, `kode` og [link](https://a.dk).\n\n- punkt\n\n".repeat(oneMiB / 64),
    ],
    ["1 MiB of one word", "ord ".repeat(oneMiB / 4)],
    ["1 MiB of code spans", "`a`".repeat(oneMiB / 3)],
    ["1 MiB of >", ">".repeat(oneMiB)],
  ])("returns a string for %s", { timeout: 20_000 }, (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(typeof html).toBe("string");
    expect(problemsIn(html)).toEqual([]);
  });

  it("collapses container nesting beyond eight levels", () => {
    const html = renderMarkdown(">".repeat(20) + " dybt\n\n" + "- ".repeat(20) + "dybt");
    expect(html.match(/<blockquote>/g)).toHaveLength(8);
    expect(html.match(/<ul>/g)).toHaveLength(8);
  });

  it("renders the same HTML on a busy server as on an idle one", () => {
    const post = "**fed** og [link](https://a.dk) og `kode` og ~~slettet~~\n\n".repeat(40);
    const idle = renderMarkdown(post);
    let clock = 0;
    const busy = vi.spyOn(performance, "now").mockImplementation(() => (clock += 1_000));
    try {
      expect(renderMarkdown(post)).toBe(idle);
    } finally {
      busy.mockRestore();
    }
    expect(idle.match(/<strong>fed<\/strong>/g)).toHaveLength(40);
  });

  it("formats a long ordinary post in full and leaves only hostile runs unformatted", () => {
    const prose = "Tekst med **fed**, `kode` og [link](https://a.dk). ".repeat(900);
    expect(renderMarkdown(prose).match(/<strong>fed<\/strong>/g)).toHaveLength(900);
    const hostile = "[a](".repeat(12_000) + "\n\n**fed**";
    expect(renderMarkdown(hostile)).toBe(renderMarkdown(hostile));
  });

  it("still renders Markdown somewhat above the 50,000-character post limit", () => {
    const html = renderMarkdown("**fed** tekst\n\n".repeat(6_000));
    expect(html.match(/<strong>fed<\/strong>/g)).toHaveLength(6_000);
  });

  it("shows bodies far beyond the post limit as escaped plain text", () => {
    const html = renderMarkdown("**fed** <b>x</b>\nlinje\n\n\n".repeat(20_000));
    expect(html.startsWith("<p>**fed** &lt;b&gt;x&lt;/b&gt;<br />linje</p>\n<p>")).toBe(true);
    expect(html).not.toContain("<strong>");
  });
});
