// `npm run build`: the Remix app (classic compiler) into build/index.js and
// public/build/, then our Express server into build/server.mjs.
//
// Why not `remix build`: its CLI compiles with long-lived esbuild contexts and
// calls process.exit(0) without disposing them. The esbuild service process is
// then orphaned with requests in flight and, now and then, prints a Go
// "fatal error: all goroutines are asleep - deadlock!" stack trace after the
// build has already succeeded (README, Decisions). Disposing the compiler
// before exiting lets the service shut down cleanly. The compiler module is
// internal to @remix-run/dev, whose version package-lock.json pins.
import fs from "node:fs";
import { createRequire } from "node:module";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const { readConfig } = require("@remix-run/dev/dist/config.js");
const { create } = require("@remix-run/dev/dist/compiler/compiler.js");
const { createFileWatchCache } = require("@remix-run/dev/dist/compiler/fileWatchCache.js");
const { logger } = require("@remix-run/dev/dist/tux/logger.js");
const { logThrown } = require("@remix-run/dev/dist/compiler/utils/log.js");

const mode = process.env.NODE_ENV === "development" ? "development" : "production";
const started = Date.now();
const config = await readConfig(process.cwd());
fs.rmSync(config.assetsBuildDirectory, { recursive: true, force: true });
fs.mkdirSync(config.assetsBuildDirectory, { recursive: true });
const compiler = await create({
  config,
  options: { mode, sourcemap: false },
  fileWatchCache: createFileWatchCache(),
  logger,
});
let failed = false;
try {
  await compiler.compile();
} catch (thrown) {
  logThrown(thrown);
  failed = true;
} finally {
  await compiler.dispose();
}
if (failed) process.exit(1);

try {
  await esbuild.build({
    entryPoints: ["app/server/start.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: "build/server.mjs",
    logLevel: "warning",
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s (NODE_ENV=${mode}).`);
