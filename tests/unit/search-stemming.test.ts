import { describe, expect, it } from "vitest";
import { stemWord } from "../../app/search/query/analyze";
import { DANISH_STOP_WORDS } from "../../app/search/query/stem-overrides";

const same = (...words: string[]) => new Set(words.map(stemWord)).size === 1;

describe("the stemming override layer", () => {
  it("joins a word and its compounds when Snowball's final-consonant rule would split them (magt, afmagt)", () => {
    expect(stemWord("afmagt").endsWith(stemWord("magt"))).toBe(true);
  });

  it("keeps adjectives in -lig apart from unrelated short words and from their u- opposites", () => {
    expect(same("lovlig", "lovligt", "lovlige")).toBe(true);
    expect(stemWord("lovligt")).not.toBe(stemWord("lover"));
    expect(stemWord("ulovligt")).not.toBe(stemWord("lovligt"));
  });

  it("joins verbal nouns in -ning with their verb, for verb stems of five letters or more", () => {
    expect(same("afpresning", "afpresses", "afpresset")).toBe(true);
    expect(same("underretning", "underretninger", "underrette")).toBe(true);
    expect(stemWord("mening")).not.toBe(stemWord("me"));
  });

  it("joins irregular forms: barn/børn, voksen/voksne, mobning/mobbet", () => {
    expect(same("barn", "børn", "børnene")).toBe(true);
    expect(same("voksen", "voksne")).toBe(true);
    expect(same("mobning", "mobbet", "mobbe")).toBe(true);
  });

  it("has the standard Danish stop words", () => {
    for (const word of ["og", "i", "på", "hvad", "skal"]) expect(DANISH_STOP_WORDS.has(word)).toBe(true);
    expect(DANISH_STOP_WORDS.has("selvmord")).toBe(false);
  });
});
