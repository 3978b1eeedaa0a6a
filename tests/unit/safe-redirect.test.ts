import { describe, expect, it } from "vitest";
import { MAX_REDIRECT_LENGTH, safeRedirectPath } from "../../app/auth/safe-redirect";

const ORIGIN = "https://tvaers.example.dk";

/** Where a browser on the forum would land if it followed `location` from a page of the forum. */
function landsOn(location: string): string {
  return new URL(location, `${ORIGIN}/login`).origin;
}

describe("safeRedirectPath", () => {
  it.each([
    ["//evil.example"],
    ["///evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/%5Cevil.example"],
    ["/%5cevil.example"],
    ["/%2F/evil.example"],
    ["/%2f%2fevil.example"],
    ["/\t/evil.example"],
    ["/%09/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["/\u0000/evil.example"],
    ["/\u007f/evil.example"],
    ["\t//evil.example"],
    [" //evil.example"],
    ["https:evil.example"],
    ["https://evil.example"],
    ["https://tvaers.example.dk.evil.example/"],
    ["http://tvaers.example.dk/"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["/.//evil.example"],
    ["/..//evil.example"],
    ["/./%2e/.//evil.example"],
    ["evil.example"],
    ["?x=1"],
    ["#top"],
    [""],
    ["/" + "a".repeat(MAX_REDIRECT_LENGTH)],
    ["/%E0%A4%A"],
  ])("refuses %j and falls back", (hostile) => {
    expect(safeRedirectPath(hostile, ORIGIN)).toBe("/");
    expect(safeRedirectPath(hostile, ORIGIN, "/kom-godt-i-gang")).toBe("/kom-godt-i-gang");
  });

  it.each([
    ["/", "/"],
    ["/t/42-skolevaegring", "/t/42-skolevaegring"],
    ["/t/42-skolevaegring?side=2#indlaeg-7", "/t/42-skolevaegring?side=2#indlaeg-7"],
    ["/soeg?q=skolev%C3%A6gring", "/soeg?q=skolev%C3%A6gring"],
    // Non-ASCII comes back percent-encoded, so the Location header is plain ASCII.
    ["/søg?q=æøå", "/s%C3%B8g?q=%C3%A6%C3%B8%C3%A5"],
    ["/\u0142odz", "/%C5%82odz"],
    ["/t/1#\u{1F600}", "/t/1#%F0%9F%98%80"],
    // Look-alike slashes are ordinary characters of a path on this site.
    ["/\u2215\u2215evil.example", "/%E2%88%95%E2%88%95evil.example"],
    ["/\uFF0F\uFF0Fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example"],
    ["/a/../b", "/b"],
  ])("keeps the local path %j as %j", (value, expected) => {
    expect(safeRedirectPath(value, ORIGIN)).toBe(expected);
  });

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(null, ORIGIN)).toBe("/");
    expect(safeRedirectPath(undefined, ORIGIN)).toBe("/");
    expect(safeRedirectPath(new File(["x"], "x.txt"), ORIGIN)).toBe("/");
  });

  it("never returns a target that leaves the site or cannot be a header, for any mix of hostile pieces", () => {
    const pieces = [
      "/",
      "//",
      "\\",
      "%5C",
      "%09",
      "\t",
      "%2F",
      ".",
      "..",
      "evil.example",
      "@",
      ":",
      "https:",
      "ø",
      "\u0142",
      "%",
      "?",
      "#",
      " ",
    ];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const value = `${a}${b}${c}`;
          const result = safeRedirectPath(value, ORIGIN);
          expect(landsOn(result), value).toBe(ORIGIN);
          expect(result, value).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        }
      }
    }
  });
});
