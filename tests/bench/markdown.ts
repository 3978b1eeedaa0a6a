/**
 * Render times of hostile Markdown and a long personal-data scan: the speed
 * checks that used to be wall-clock assertions in the unit tests. Prints one
 * line per case; the renderer's budgets count characters, so these figures
 * vary with the machine but the HTML never does.
 */
import { renderMarkdown } from "../../app/markdown/render.server";
import { findPersonalData } from "../../app/privacy/personal-data";

const oneMiB = 1024 * 1024;
const cases: [string, () => unknown][] = [
  ["50,000 characters of unclosed emphasis", () => renderMarkdown("*a ".repeat(16_666))],
  ["50,000 characters of unclosed links", () => renderMarkdown("[a](".repeat(12_500))],
  ["50,000 characters of code spans", () => renderMarkdown("`a` ".repeat(12_500))],
  ["8,000 nested emphasis", () => renderMarkdown("*a ".repeat(8_000) + "x" + "*".repeat(8_000))],
  ["5,000 nested links", () => renderMarkdown("[".repeat(5_000) + "x" + "](https://a.dk)".repeat(5_000))],
  [
    "50,000 characters of ordinary prose",
    () => renderMarkdown("Tekst med **fed**, `kode` og [link](https://a.dk). ".repeat(1_000)),
  ],
  [
    "1 MiB of Markdown (plain-text fallback)",
    () => renderMarkdown("## Overskrift\n\nTekst med **fed**.\n\n".repeat(oneMiB / 32)),
  ],
  ["personal-data scan of 200,000 characters without @", () => findPersonalData("a".repeat(200_000))],
];

console.log("case | ms (best of 3)");
for (const [name, run] of cases) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  console.log(`${name} | ${best.toFixed(1)}`);
}
