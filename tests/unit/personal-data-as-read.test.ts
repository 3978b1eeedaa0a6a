import { describe, expect, it } from "vitest";
import {
  assertNoPersonalData,
  describePersonalDataAsRead,
  PersonalDataRefusal,
  personalDataFieldErrors,
  readableTexts,
} from "../../app/privacy/personal-data.server";
import { renderMarkdown } from "../../app/markdown/render.server";

describe("readableTexts: what a reader of the rendered HTML sees", () => {
  it("decodes entities, breaks lines at blocks, keeps table cells apart and lists link targets on their own", () => {
    const html = renderMarkdown(
      "Tom &amp; Jerry\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](https://example.dk/%C3%A6ble)",
    );
    const [text, ...links] = readableTexts(html);
    expect(text).toContain("Tom & Jerry");
    expect(text).toMatch(/a[ |\n]+\| b/);
    expect(links).toEqual(["https://example.dk/æble"]);
  });

  it("never glues the text of two paragraphs into one word", () => {
    expect(readableTexts(renderMarkdown("abc\n\ndef"))[0]).toMatch(/abc\s+def/);
  });
});

describe("describePersonalDataAsRead", () => {
  it.each([
    ["digits split by a link", "Se [0101](https://example.dk)901234 nu"],
    ["a percent-encoded digit in a link target", "[journal](https://example.dk/%3010190-1234)"],
    ["an entity inside a link target", "[journal](https://example.dk/&#48;10190-1234)"],
    ["a title whose slug joins the parts", "Sagen 010190 (1234)"],
  ])("refuses %s with the Danish message quoting what the reader sees", (_name, text) => {
    expect(describePersonalDataAsRead(text).error).toMatch(
      /^Teksten indeholder det, der ligner et CPR-nummer: ".*1234"\. Fjern det/,
    );
  });

  it.each([
    ["a table of a date and an amount", "| Dato | Beløb |\n|---|---|\n| 24.12.90 | 1234 kr. |"],
    ["a date and a time in a list", "- 01.01.25\n- kl. 10.30"],
    ["an escaped asterisk in arithmetic", "3 \\* 4 = 12 og 2024-12-31"],
  ])("allows %s", (_name, text) => {
    expect(describePersonalDataAsRead(text).error).toBeUndefined();
  });

  it("keeps the e-mail and phone confirmation as it was", () => {
    expect(describePersonalDataAsRead("Ring 22 33 44 55")).toEqual({ warning: expect.stringContaining("22 33 44 55") });
  });
});

describe("personalDataFieldErrors and assertNoPersonalData", () => {
  it("returns one Danish message per field that holds a CPR number", () => {
    const errors = personalDataFieldErrors({ label: "Skolefravær", description: "Fx 0101\u200b90-1234", empty: null });
    expect(Object.keys(errors)).toEqual(["description"]);
    expect(errors.description?.[0]).toContain('ligner et CPR-nummer: "Fx 0101\u200b90-1234"');
  });

  it("throws a refusal carrying the field errors", () => {
    expect(() => assertNoPersonalData({ name: "Anna ０１０１９０-１２３４" })).toThrow(PersonalDataRefusal);
    expect(() => assertNoPersonalData({ name: "Anna B", note: "Mødet 01.01.2024 kl. 10.30" })).not.toThrow();
  });
});
