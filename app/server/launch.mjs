// `npm start`: builds when needed, then runs the bundled server (build/server.mjs)
// with plain Node. Plain JavaScript, so starting needs no TypeScript loader:
// tsx's loader thread alone holds about 40 MB (README, Decisions).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const server = path.resolve("build/server.mjs");
const built = fs.existsSync(server) && fs.existsSync(path.resolve("build/index.js"));
// Development always rebuilds (a few seconds) so a pulled change is never served stale.
if (!built || process.env.NODE_ENV !== "production") {
  console.log("Building the app …");
  // The build script itself, not `npm run build`: the same build, without npm's banner.
  const build = spawnSync(process.execPath, [path.resolve("app/server/build.mjs")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(1);
  }
}
await import(pathToFileURL(server).href);
