import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The Danish copy lives in app/copy/. A cheap, mechanical check of that rule: outside app/copy/, a string or JSX
// text with æ, ø or å is almost always copy that belongs there. It cannot see Danish without those letters;
// reviews catch the rest.

const appDir = path.resolve(import.meta.dirname, "../../app");

/** Places where Danish letters are data or operator messages, not copy shown to members. */
const ALLOWED: Record<string, string> = {
  "search/query/": "the Danish analyser: stop words, stems, compounds and their overrides",
  "auth/common-passwords.ts": "passwords people choose, refused as too common",
  "models/slug.ts": "folds æ, ø, å into URL slugs",
  "notifications/handle.ts": "folds æ, ø, å into @handles",
  "search/meilisearch/outbox-worker.server.ts": "spells ae/oe/aa back as æ/ø/å for Meilisearch synonyms",
  "models/article-section.server.ts": "words in a profession that pick the reader's section (lærer, socialrådgiver)",
  "cli/": "the operator's command line (tvaers)",
  "server/http.ts": "operator log lines on start and shutdown",
  "server/start.ts": "operator message for a bad WORKERS setting",
  "env.server.ts": "operator messages for a bad environment, and the default sender name",
  "mail/worker.server.ts": "operator log line",
  "notifications/worker.server.ts": "operator log line",
};

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => file.split(path.sep).join("/"));
}

function withoutComments(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
}

describe("Danish copy in one place", () => {
  it("has no æ, ø or å outside app/copy/ except in the data and operator messages listed here", () => {
    const found: string[] = [];
    for (const file of sourceFiles(appDir)) {
      if (file.startsWith("copy/")) continue;
      if (
        Object.keys(ALLOWED).some((allowed) => file === allowed || (allowed.endsWith("/") && file.startsWith(allowed)))
      )
        continue;
      const lines = withoutComments(fs.readFileSync(path.join(appDir, file), "utf8")).split("\n");
      lines.forEach((line, index) => {
        if (/[æøåÆØÅ]/.test(line)) found.push(`app/${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("lists only exceptions that still exist", () => {
    for (const allowed of Object.keys(ALLOWED)) expect(fs.existsSync(path.join(appDir, allowed)), allowed).toBe(true);
  });
});
