import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../app/env.server";

describe("configuration", () => {
  it("has working defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./data", SEED_DEMO: true, SEARCH_BACKEND: "fts5" });
    expect(env.DATABASE_PATH).toBe(path.resolve("data/tvaers.sqlite"));
  });

  it("reads SEED_DEMO=false and a custom database path", () => {
    const env = parseEnv({ SEED_DEMO: "false", DATABASE_PATH: "/tmp/x.sqlite", PORT: "8080" });
    expect(env).toMatchObject({ SEED_DEMO: false, DATABASE_PATH: "/tmp/x.sqlite", PORT: 8080 });
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ SEED_DEMO: "maybe" }, "SEED_DEMO"],
    [{ SEARCH_BACKEND: "elastic" }, "SEARCH_BACKEND"],
    [{ SEARCH_BACKEND: "meilisearch" }, "MEILI_HOST"],
    [{ MEILI_HOST: "not a url" }, "MEILI_HOST"],
  ])("refuses %j with one line naming %s", (source, name) => {
    let caught: unknown;
    try {
      parseEnv(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const message = (caught as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain("\n");
  });
});
