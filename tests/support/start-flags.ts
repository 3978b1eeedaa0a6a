import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The Node flags `npm start` runs the server with (the V8 heap limit, see
 * README, Decisions), read from package.json, so benchmarks and browser tests
 * run the server as it is started.
 */
export function startFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  return (manifest.scripts.start ?? "").split(/\s+/).filter((word) => word.startsWith("--"));
}
