import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrations } from "../../db/migrations/index";

describe("migrations", () => {
  it("lists every migration file, in sortable date-prefixed order", () => {
    const folder = path.resolve("db/migrations");
    const files = fs
      .readdirSync(folder)
      .filter((file) => file !== "index.ts" && file.endsWith(".ts"))
      .map((file) => file.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(migrations).sort()).toEqual(files);
    for (const name of files) expect(name).toMatch(/^\d{8}T\d{4}_[a-z0-9_]+$/);
  });
});
