import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { urlRows } from "../support/url-table";

const root = path.resolve(import.meta.dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

function section(heading: string): string {
  const start = readme.indexOf(heading);
  expect(start, `README has "${heading}"`).toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + heading.length);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("README layout", () => {
  it("lists every folder under app/ and names no folder that is gone", () => {
    const block = section("## Layout").split("```")[1] ?? "";
    const appPart = block.slice(block.indexOf("app/\n"), block.indexOf("\ndb/"));
    const listed = [...appPart.matchAll(/^ {2}([a-z-]+)\/ /gm)].map((m) => m[1]);
    const folders = fs
      .readdirSync(path.join(root, "app"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "styles")
      .map((entry) => entry.name);
    expect(listed.sort()).toEqual(folders.sort());
  });

  it("names only files that exist in the layout block", () => {
    const block = section("## Layout").split("```")[1] ?? "";
    const files = [...block.matchAll(/\b([a-z][\w.-]*\.server\.ts|[a-z][\w-]*\.ts)\b/g)].map((m) => m[1] ?? "");
    const everyFile = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => !f.includes("node_modules"));
    for (const file of files)
      expect(
        everyFile.some((f) => f.endsWith(file)),
        file,
      ).toBe(true);
  });

  it('has one row per route in "Where each URL lives", with the modules each route imports', () => {
    const rows = section("### Where each URL lives")
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line
          .split(" | ")
          .map((cell) => cell.replace(/^\|\s*|\s*\|$/g, "").trim())
          .join(" | "),
      );
    const expected = urlRows().map((row) =>
      [
        `\`${row.url}\``,
        row.modules.map((m) => `\`${m}\``).join(", "),
        row.calls.length > 0 ? row.calls.map((c) => `\`${c}\``).join(", ") : "–",
      ].join(" | "),
    );
    expect(rows).toEqual(expected);
  });
});
