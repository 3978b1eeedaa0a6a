import { describe, expect, it } from "vitest";
import { insertMention, mentionQueryAt } from "../../app/forms/mention-query";

describe("the @-handle typed at the caret", () => {
  it("finds a mention at a word start, with at least one character after the @", () => {
    expect(mentionQueryAt("Hej @ka", 7)).toEqual({ start: 4, text: "ka" });
    expect(mentionQueryAt("@Lø", 3)).toEqual({ start: 0, text: "Lø" });
    expect(mentionQueryAt("Hej @", 5)).toBeNull();
    expect(mentionQueryAt("skriv til anne@kommune", 22)).toBeNull();
    expect(mentionQueryAt("Hej @ka og mere", 15)).toBeNull();
    expect(mentionQueryAt("Hej @karen", 8)).toEqual({ start: 4, text: "kar" });
  });

  it("replaces what was typed with the handle and a space, caret after it", () => {
    expect(insertMention("Hej @ka", { start: 4, text: "ka" }, 7, "karenkirk")).toEqual({
      text: "Hej @karenkirk ",
      caret: 15,
    });
    // The rest of a word being typed in the middle of the text goes too; an existing space is reused.
    expect(insertMention("Hej @kaxx og dig", { start: 4, text: "ka" }, 7, "karenkirk")).toEqual({
      text: "Hej @karenkirk og dig",
      caret: 15,
    });
  });
});
