// `npm run dev`: a development server that rebuilds on change. `remix watch`
// (the Remix v2 classic compiler) rebuilds build/index.js when app/ changes,
// an esbuild watch rebuilds build/server.mjs (our Express server, which
// bundles app modules too), and the server is restarted once both settle.
// A restart instead of `remix dev --manual`: the server bundle reads the build
// once at start, and a fresh process also reopens the database cleanly.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";

const buildDir = path.resolve("build");
const serverBundle = path.join(buildDir, "server.mjs");
const remixBuild = path.join(buildDir, "index.js");
const RESTART_AFTER_QUIET_MS = 300;

process.env.NODE_ENV ??= "development";

const remixWatch = spawn(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "watch"], {
  stdio: "inherit",
  env: process.env,
});

const serverContext = await esbuild.context({
  entryPoints: ["app/server/start.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: serverBundle,
  logLevel: "warning",
});
await serverContext.watch();

let server = null;
let restartTimer = null;

function startServer() {
  if (!fs.existsSync(serverBundle) || !fs.existsSync(remixBuild)) return;
  server = spawn(process.execPath, [serverBundle], { stdio: "inherit", env: process.env });
  server.on("exit", () => {
    server = null;
  });
}

function restartSoon() {
  clearTimeout(restartTimer);
  restartTimer = setTimeout(() => {
    if (!server) return startServer();
    console.log("Restarting the server with the new build …");
    server.once("exit", startServer);
    server.kill("SIGTERM");
  }, RESTART_AFTER_QUIET_MS);
}

fs.mkdirSync(buildDir, { recursive: true });
fs.watch(buildDir, (_event, file) => {
  if (file === "index.js" || file === "server.mjs") restartSoon();
});
restartSoon();

function stop() {
  clearTimeout(restartTimer);
  remixWatch.kill("SIGTERM");
  server?.kill("SIGTERM");
  void serverContext.dispose().then(() => process.exit(0));
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
