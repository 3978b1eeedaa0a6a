import { describe, expect, it } from "vitest";
import { tracksToList } from "../../app/models/track-visibility";

const newcomer = { experience: "newcomer" as const, hideNewcomerTrack: false };
const experienced = { experience: "experienced" as const, hideNewcomerTrack: false };
const hiding = { experience: "experienced" as const, hideNewcomerTrack: true };

describe("which tracks a list shows", () => {
  it.each([
    ["newcomer, front page default", newcomer, undefined, "front", undefined],
    ["newcomer, even with the hide setting", { ...newcomer, hideNewcomerTrack: true }, undefined, "list", undefined],
    [
      "experienced, front page default: experienced and shared first",
      experienced,
      undefined,
      "front",
      ["experienced", "shared"],
    ],
    ["experienced, front page, all tracks", experienced, "all", "front", undefined],
    ["experienced, category list", experienced, undefined, "list", undefined],
    ["hiding, all tracks", hiding, "all", "front", ["experienced", "shared"]],
    ["hiding, category list", hiding, undefined, "list", ["experienced", "shared"]],
    ["hiding, explicitly the newcomer track", hiding, "newcomer", "list", ["newcomer"]],
  ] as const)("%s", (_name, viewer, choice, place, expected) => {
    expect(tracksToList(viewer, choice, place)).toEqual(expected);
  });
});
