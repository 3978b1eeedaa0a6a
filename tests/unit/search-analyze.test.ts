import { describe, expect, it } from "vitest";
import { analyze, foldDanish, queryStems, stemWord } from "../../app/search/query/analyze";
import { formatQuery, parseQuery } from "../../app/search/query/query-parser";
import { makeSnippet } from "../../app/search/query/snippet";
import { levenshtein } from "../../app/search/query/levenshtein";

describe("Danish text analysis", () => {
  it("folds æ, ø and å to ae, oe and aa and drops other accents", () => {
    expect(foldDanish("Forældre på Ærø")).toBe("foraeldre paa aeroe");
    expect(foldDanish("Café")).toBe("cafe");
  });

  it("gives inflected forms the same stem", () => {
    expect(new Set(["underretning", "underretningen", "underretninger"].map(stemWord)).size).toBe(1);
  });

  it("lets ae/oe/aa spellings find the æ/ø/å words", () => {
    expect(queryStems("foraeldre")).toContain(stemWord("forældre"));
    expect(queryStems("skolevaegring")).toContain(stemWord("skolevægring"));
  });

  it("indexes text as stems in order", () => {
    expect(analyze("Unge skriver i chatten")).toBe(["unge", "skriver", "i", "chatten"].map(stemWord).join(" "));
  });
});

describe("query parsing", () => {
  it("reads words, phrases, exclusions and prefixes", () => {
    expect(parseQuery('underretning "skærpet pligt" -hash skole*')).toEqual([
      { kind: "word", word: "underretning", prefix: false, negated: false },
      { kind: "phrase", words: ["skærpet", "pligt"], negated: false },
      { kind: "word", word: "hash", prefix: false, negated: true },
      { kind: "word", word: "skole", prefix: true, negated: false },
    ]);
  });

  it.each([
    '"',
    '""""',
    "AND(",
    "NEAR(a b)",
    "*",
    ":",
    "^",
    "-",
    "--",
    "col:word",
    "a OR",
    "!!!",
    "'; drop table post;--",
    "x".repeat(10_000),
  ])("turns %j into plain words or nothing, never syntax", (input) => {
    for (const part of parseQuery(input)) {
      const words = part.kind === "phrase" ? part.words : [part.word];
      for (const word of words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });

  it("caps the length it reads", () => {
    expect(formatQuery(parseQuery("ord ".repeat(1_000))).length).toBeLessThan(200);
  });
});

describe("snippets", () => {
  it("marks the matching words and escapes everything else", () => {
    const html = makeSnippet(
      "Vi **underretter** altid <script>alert(1)</script> når en ung fortæller om vold.",
      (stem) => stem === stemWord("underretter") || stem === stemWord("vold"),
    );
    expect(html).toContain("<mark>underretter</mark>");
    expect(html).toContain("<mark>vold</mark>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script");
  });
});

describe("edit distance", () => {
  it("counts edits and stops early past the limit", () => {
    expect(levenshtein("supervison", "supervision", 2)).toBe(1);
    expect(levenshtein("underretning", "underretnnig", 2)).toBe(2);
    expect(levenshtein("abc", "xyzxyz", 2)).toBe(3);
  });
});
