import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { startFlags } from "../../support/start-flags";

/** The repository root, found from this file rather than a hard-coded path. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The password every demo account has (README, demo network). */
export const DEMO_PASSWORD = "demo-tvaers-2026";

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  databasePath: string;
  stop(): Promise<void>;
  /** SIGKILL to the server's process group: a crash, with no graceful shutdown. */
  kill(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** A free TCP port: listen on port 0, read the port the OS chose, close again. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("Could not find a free port"))));
    });
  });
}

function tail(text: string, max = 4_000): string {
  return text.length > max ? `…${text.slice(-max)}` : text;
}

/**
 * Starts the real server (the production bundle `build/server.mjs`, as `npm start` runs it) on a fresh data directory and
 * waits until /healthz answers 200. Expects `npm run build` to have run.
 */
export async function startServer(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repoRoot, "build/server.mjs"))) {
    throw new Error("build/server.mjs is missing: run `npm run build` before the e2e tests (npm test does).");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-e2e-"));
  const databasePath = path.join(dataDir, "tvaers.sqlite");
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Settings of the surrounding shell must not leak into the server under test.
  for (const name of ["DATABASE_PATH", "PUBLIC_ORIGIN", "SEARCH_BACKEND", "MEILI_HOST", "MEILI_API_KEY", "MEILI_INDEX"])
    delete env[name];
  Object.assign(env, {
    NODE_ENV: "test", // not production: cookies would get the Secure flag over plain http
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DEMO: options.seed === false ? "false" : "true",
    REQUEST_LOG: "false",
    ...options.env,
  });

  // Its own process group, so stop() reaches anything the server starts.
  const child = spawn(process.execPath, [...startFlags(), "build/server.mjs"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout = tail(stdout + chunk.toString("utf8"), 20_000)));
  child.stderr?.on("data", (chunk: Buffer) => (stderr = tail(stderr + chunk.toString("utf8"), 20_000)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const removeDataDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    await waitForHealth(baseUrl, child, () => `stdout:\n${tail(stdout)}\nstderr:\n${tail(stderr)}`);
  } catch (error) {
    await terminate(child, exited);
    removeDataDir();
    throw error;
  }

  let stopped = false;
  // A crash mid-test otherwise shows up only as "connection refused" in the next test.
  void exited.then((code) => {
    if (!stopped)
      console.error(
        `The server under test exited unexpectedly (code ${code}).\nstdout:\n${tail(stdout)}\nstderr:\n${tail(stderr)}`,
      );
  });
  return {
    baseUrl,
    dataDir,
    databasePath,
    async stop() {
      if (stopped) return;
      stopped = true;
      await terminate(child, exited);
      removeDataDir();
    },
    async kill() {
      if (stopped) return;
      stopped = true;
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
        await exited;
      }
      removeDataDir();
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The server exited (code ${child.exitCode ?? child.signalCode}) before it was ready.\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer /healthz with 200 within ${STARTUP_TIMEOUT_MS / 1000} s.\n${output()}`);
}

/** SIGTERM to the server's process group (a graceful shutdown), SIGKILL if it hangs. */
async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS).unref());
  if ((await Promise.race([exited, timer])) === "timeout") {
    signalGroup("SIGKILL");
    await exited;
  }
}

/** Headless Chromium from the system, with the flags this sandboxed machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Signs in through the real form at /login and waits until the app has left the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await fillSignInForm(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/login");
  // The URL changes before the signed-in page has rendered; its header's sign-out button marks that it has.
  await page.getByRole("button", { name: "Log ud" }).waitFor();
}

/** Fills and submits the sign-in form already on screen (e.g. after a redirect to /login). */
export async function fillSignInForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel("E-mailadresse").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

/** Signs out with the header's "Log ud" button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log ud" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
}

const consoleErrors = new WeakMap<Page, string[]>();

/** Starts collecting uncaught page errors and console errors of a page. Call before navigating. */
export function trackConsoleErrors(page: Page): void {
  if (consoleErrors.has(page)) return;
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
}

/**
 * Fails if the page logged errors since tracking started (or since the last check), except
 * messages matching `allow`, e.g. Chromium's "Failed to load resource" line for an expected 403.
 */
export function assertNoConsoleErrors(page: Page, allow: RegExp[] = []): void {
  const errors = consoleErrors.get(page);
  if (!errors) throw new Error("assertNoConsoleErrors: call trackConsoleErrors(page) before navigating.");
  const unexpected = errors.filter((error) => !allow.some((pattern) => pattern.test(error)));
  errors.length = 0;
  if (unexpected.length > 0)
    throw new Error(`The page logged ${unexpected.length} error(s):\n${unexpected.join("\n")}`);
}

/** Chromium logs a console error for every response with an error status, including expected ones. */
export const expectedStatusError = (status: number) =>
  new RegExp(`Failed to load resource: the server responded with a status of ${status}\\b`);
