import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { renderMarkdown } from "/work/main/app/markdown/render.server.ts";
const size = 50000;
const rep = (u: string) => u.repeat(Math.floor(size / u.length));
const cases: Record<string,string> = {
  backtick: rep("`a"), backticks2: rep("``a"),
  normal: rep("## Heading\n\nSome **bold** text with *em*, `code`, a [link](https://example.dk/x?y=1) and www.ex.dk.\n\n- item one\n- item two\n  - nested\n\n> quoted **text**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\ncode block\n```\n\n"),
  listflat: rep("- a\n"), em: rep("*a "),
};
const plain = new Marked({ gfm: true, breaks: true, async: false });
for (const [k, s] of Object.entries(cases)) {
  for (let i = 0; i < 2; i++) {
    let t = performance.now(); const h = plain.parse(s) as string; const tm = performance.now() - t;
    t = performance.now(); sanitizeHtml(h, { allowedTags: ["p"] }); const ts = performance.now() - t;
    t = performance.now(); renderMarkdown(s); const tr = performance.now() - t;
    console.log(k, "marked", tm.toFixed(0), "sanitize", ts.toFixed(0), "render", tr.toFixed(0));
  }
}
