/**
 * npm run bench:pages — loads the production server for 10 s at 16 connections
 * on the front page and on a thread page of 50 posts of about 200 words, and a
 * raw `node:http` server answering the same bytes from a buffer (the ceiling
 * on this machine, measured in the same run, so the goals are ratios that other
 * load on a shared machine moves less); then the thread page at a fixed rate of
 * half its measured throughput (evenly spaced requests). Prints the figures
 * and whether each goal of issue 19 is met.
 *
 * `npm run bench:pages -- --import 1000` also imports 1,000 filler threads and
 * opens every thread once as the member before measuring, so the peak RSS is
 * the one with the render cache warm (the RSS goal).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { importArchive } from "../../app/cli/import-archive.server";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { openDatabase, writeTransaction } from "../../app/db.server";
import { openPostgres } from "../../app/db-postgres.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/seed";
import { fillerThreads } from "./filler-threads";
import { cpuTimeMs, freePort, peakRssMb, startProductionServer, tempDataDir } from "./support";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const importIndex = process.argv.indexOf("--import");
const IMPORT_THREADS = importIndex > 0 ? Number(process.argv[importIndex + 1] ?? 1000) : 0;
const GOALS = { threadRatio: 0.04, frontRatio: 0.05, p99Ms: 50, rssMb: 256 };
const words =
  "ung chat rådgivning samtale skole forældre netværk kommune trivsel bekymring underretning erfaring kollega vejledning tryghed".split(
    " ",
  );

function paragraphOf(count: number, seed: number): string {
  return Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ");
}

/** BENCH_POSTGRES_URL=postgres://…/empty_db: the same pages served from PostgreSQL (issue 20). */
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL;

async function prepare(dataDir: string) {
  const { db } = POSTGRES_URL ? openPostgres(POSTGRES_URL, 4) : openDatabase(path.join(dataDir, "tvaers.sqlite"));
  await migrateToLatest(db);
  await seedDemo(db);
  if (IMPORT_THREADS > 0) {
    const after = new Date(Date.now() - (IMPORT_THREADS + 100) * 60_000);
    await importArchive(db, JSON.stringify({ threads: fillerThreads(IMPORT_THREADS, 19, after) }));
  }
  const author = await db
    .selectFrom("member")
    .select(["id", "municipality_id"])
    .where("email", "=", "erfaren@demo.tvaers.dk")
    .executeTakeFirstOrThrow();
  const category = await db.selectFrom("category").select("id").where("slug", "=", "temaer").executeTakeFirstOrThrow();
  const start = Date.now() - 50 * 3_600_000;
  const threadId = await writeTransaction(db, async (tx) => {
    const { threadId } = await insertThread(tx, {
      title: "Benchmark: en lang tråd med halvtreds indlæg",
      categoryId: category.id,
      authorId: author.id,
      municipalityId: author.municipality_id,
      track: "shared",
      body: `${paragraphOf(100, 0)}\n\n**${paragraphOf(5, 1)}** ${paragraphOf(95, 2)}`,
      tagIds: [],
      createdAt: new Date(start).toISOString(),
    });
    for (let i = 1; i < 50; i += 1) {
      await insertReply(tx, {
        threadId,
        authorId: author.id,
        body: `${paragraphOf(100, i)}\n\n- ${paragraphOf(50, i + 1)}\n- ${paragraphOf(50, i + 2)}`,
        createdAt: new Date(start + i * 3_600_000).toISOString(),
      });
    }
    return threadId;
  });
  const thread = await db
    .selectFrom("thread")
    .select(["id", "slug"])
    .where("id", "=", threadId)
    .executeTakeFirstOrThrow();
  const token = generateSessionToken();
  await createSession(db, token, author.id);
  const allThreads = await db.selectFrom("thread").select(["id", "slug"]).orderBy("id").execute();
  await db.destroy();
  return {
    threadPath: `/t/${thread.id}-${thread.slug}`,
    cookie: `tvaers_session=${token}`,
    allThreadPaths: allThreads.map((row) => `/t/${row.id}-${row.slug}`),
  };
}

/**
 * The ceiling: plain node:http answering a fixed buffer, in a process of its
 * own as the app server is. The body is the page's bytes as the app sends
 * them (gzip unless BENCH_NO_GZIP).
 */
async function startRawServer(body: Buffer, gzip: boolean) {
  const port = await freePort();
  const bodyFile = path.join(tempDataDir("bench-raw"), "body");
  fs.writeFileSync(bodyFile, body);
  const script = `
    const body = require("node:fs").readFileSync(${JSON.stringify(bodyFile)});
    const headers = { "content-type": "text/html; charset=utf-8", "content-length": body.length ${gzip ? `, "content-encoding": "gzip"` : ""} };
    require("node:http").createServer((req, res) => { res.writeHead(200, headers); res.end(body); })
      .listen(${port}, "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}/`,
    pid: child.pid,
    stop: () => {
      child.kill("SIGTERM");
      fs.rmSync(path.dirname(bodyFile), { recursive: true, force: true });
    },
  };
}

let serverPid: number | undefined;

/** The process and its children (the server processes under WORKERS > 1), from /proc. */
function processTree(pid: number | undefined): number[] {
  if (!pid) return [];
  let children: number[] = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) children = children.concat(list.split(" ").map(Number));
    }
  } catch {
    // gone
  }
  return [pid, ...children.flatMap((child) => processTree(child))];
}

function treeCpuTimeMs(pid: number | undefined): number {
  return processTree(pid).reduce((sum, one) => {
    try {
      return sum + cpuTimeMs(one);
    } catch {
      return sum;
    }
  }, 0);
}

/** Runs autocannon and also reports the server's CPU time per request, a figure that other load on the machine barely moves. */
async function run(options: autocannon.Options): Promise<autocannon.Result & { cpuMsPerRequest: number }> {
  const before = treeCpuTimeMs(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(options, (error, outcome) => (error ? reject(error) : resolve(outcome)));
  });
  return { ...result, cpuMsPerRequest: (treeCpuTimeMs(serverPid) - before) / Math.max(1, result.requests.total) };
}

/**
 * Sends requests evenly spaced at `rate` per second, each on schedule whether
 * or not earlier ones have answered, and measures each from its scheduled
 * start. autocannon's overallRate paces each of its connections separately,
 * so all 16 fire together and every request after the first in a burst
 * queues behind the others: a latency of the load generator, not the server.
 * Every millisecond sends whatever has fallen due (a timer per request could
 * not go faster than one a millisecond), over node:http with kept-alive
 * connections: fetch cost the generator more than a cached page costs the
 * server, so it could not keep a rate of 1,500/s.
 */
async function runPaced(url: string, headers: Record<string, string>, rate: number, seconds: number) {
  const before = treeCpuTimeMs(serverPid);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const get = () =>
    new Promise<void>((resolve) => {
      const request = http.get(url, { agent, headers }, (response) => {
        response.resume();
        response.once("end", () => {
          if (response.statusCode !== 200) errors += 1;
          resolve();
        });
      });
      request.once("error", () => {
        errors += 1;
        resolve();
      });
    });
  const started = performance.now();
  const sends: Promise<void>[] = [];
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    for (; sent < total && started + (sent * 1000) / rate <= now; sent += 1) {
      const due = started + (sent * 1000) / rate;
      sends.push(get().then(() => void latencies.push(performance.now() - due)));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(sends);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? Number.NaN);
  return {
    rate: total / ((performance.now() - started) / 1000),
    p50: at(50),
    p99: at(99),
    errors,
    total,
    cpuMsPerRequest: (treeCpuTimeMs(serverPid) - before) / Math.max(1, total),
  };
}

function report(name: string, result: autocannon.Result & { cpuMsPerRequest: number }) {
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  errors ${errors}  server CPU ${result.cpuMsPerRequest.toFixed(2)} ms/request  (${result.requests.total} requests)`,
  );
}

function goal(name: string, met: boolean, detail: string) {
  console.log(`goal ${met ? "MET    " : "NOT MET"}  ${name.padEnd(40)} ${detail}`);
}

const dataDir = tempDataDir("bench-pages");
const { threadPath, cookie, allThreadPaths } = await prepare(dataDir);
// BENCH_WORKERS=2 runs the server as `WORKERS=2 npm start` would.
const server = await startProductionServer(dataDir, {
  ...(process.env.BENCH_WORKERS ? { WORKERS: process.env.BENCH_WORKERS } : {}),
  ...(POSTGRES_URL ? { DATABASE_URL: POSTGRES_URL } : {}),
});
serverPid = server.process.pid;
const gzip = !process.env.BENCH_NO_GZIP;
try {
  const headers: Record<string, string> = gzip ? { cookie, "accept-encoding": "gzip" } : { cookie };
  const page = await fetch(`${server.baseUrl}${threadPath}`, { headers: { cookie } });
  const html = await page.text();
  console.log(`Thread page: ${(html.length / 1024).toFixed(0)} KiB of HTML for 50 posts (status ${page.status})`);
  if (IMPORT_THREADS > 0) {
    // Every thread once, as the member: the render cache as warm as the demo data and the import make it.
    for (const threadUrl of allThreadPaths)
      await (await fetch(`${server.baseUrl}${threadUrl}`, { headers })).arrayBuffer();
    console.log(`Opened all ${allThreadPaths.length} threads once (cache warm); RSS goal applies to this run.`);
  }
  // Warm up the JIT and SQLite's page cache.
  await run({ url: `${server.baseUrl}${threadPath}`, connections: 4, duration: 2, headers });

  const raw = await startRawServer(gzip ? zlib.gzipSync(html) : Buffer.from(html), gzip);
  let buffer: autocannon.Result & { cpuMsPerRequest: number };
  try {
    const appPid = serverPid;
    serverPid = raw.pid;
    await run({ url: raw.url, connections: 4, duration: 1 });
    buffer = await run({ url: raw.url, connections: 16, duration: DURATION_S, headers });
    serverPid = appPid;
  } finally {
    raw.stop();
  }
  report("raw buffer of the same bytes", buffer);

  // BENCH_THREAD_ONLY=1 skips the front page, for profiling the thread page alone.
  const front = process.env.BENCH_THREAD_ONLY
    ? undefined
    : await run({ url: `${server.baseUrl}/`, connections: 16, duration: DURATION_S, headers });
  if (front) report("front page, 16 connections", front);
  const thread = await run({ url: `${server.baseUrl}${threadPath}`, connections: 16, duration: DURATION_S, headers });
  report("50-post thread, 16 connections", thread);
  const halfRate = Math.max(1, Math.round(thread.requests.average / 2));
  const paced = await runPaced(`${server.baseUrl}${threadPath}`, headers, halfRate, DURATION_S);
  console.log(
    `${`50-post thread, evenly at ${halfRate}/s`.padEnd(34)} ${paced.rate.toFixed(0).padStart(6)} req/s  p50 ${String(paced.p50).padStart(4)} ms  p99 ${String(paced.p99).padStart(4)} ms  errors ${paced.errors}  server CPU ${paced.cpuMsPerRequest.toFixed(2)} ms/request  (${paced.total} requests)`,
  );
  const processes = processTree(server.process.pid);
  const peaks = processes.map((pid) => peakRssMb(pid) ?? 0);
  const rss = processes.length > 1 ? peaks.reduce((a, b) => a + b, 0) : peakRssMb(server.process.pid);
  console.log(
    `server peak RSS: ${rss ?? "unknown"} MB${processes.length > 1 ? ` (sum of ${processes.length} processes: ${peaks.join(" + ")} MB)` : ""}`,
  );
  const health = (await (await fetch(`${server.baseUrl}/healthz`)).json()) as {
    renderCache?: unknown;
    pageCache?: unknown;
  };
  if (health.renderCache) console.log(`post-item cache: ${JSON.stringify(health.renderCache)}`);
  // PAGE_CACHE_MB=0 npm run bench:pages measures the pages rendered on every request.
  if (health.pageCache) console.log(`page cache: ${JSON.stringify(health.pageCache)}`);

  const threadRatio = thread.requests.average / buffer.requests.average;
  goal(
    `thread page >= ${GOALS.threadRatio} of buffer rate`,
    threadRatio >= GOALS.threadRatio,
    `${threadRatio.toFixed(4)} (${thread.requests.average.toFixed(0)} / ${buffer.requests.average.toFixed(0)} req/s)`,
  );
  if (front) {
    const frontRatio = front.requests.average / buffer.requests.average;
    goal(
      `front page >= ${GOALS.frontRatio} of buffer rate`,
      frontRatio >= GOALS.frontRatio,
      `${frontRatio.toFixed(4)} (${front.requests.average.toFixed(0)} / ${buffer.requests.average.toFixed(0)} req/s)`,
    );
  }
  goal(`p99 <= ${GOALS.p99Ms} ms at half rate`, paced.p99 <= GOALS.p99Ms, `${paced.p99} ms at ${halfRate}/s`);
  goal(
    `peak RSS <= ${GOALS.rssMb} MB${IMPORT_THREADS > 0 ? "" : " (run with --import 1000)"}`,
    rss !== null && rss <= GOALS.rssMb,
    `${rss ?? "unknown"} MB${IMPORT_THREADS > 0 ? `, cache warm, ${IMPORT_THREADS} threads imported` : ", demo data only"}`,
  );
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
