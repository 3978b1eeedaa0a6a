/**
 * npm run bench:pages — loads the production server for 10 s at 16 connections
 * on the front page and on a thread page of 50 posts of about 200 words, then
 * at a fixed rate of half the measured thread throughput (evenly spaced
 * requests), and prints figures.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { openDatabase, writeTransaction } from "../../app/db.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/seed";
import { cpuTimeMs, peakRssMb, startProductionServer, tempDataDir } from "./support";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const words =
  "ung chat rådgivning samtale skole forældre netværk kommune trivsel bekymring underretning erfaring kollega vejledning tryghed".split(
    " ",
  );

function paragraphOf(count: number, seed: number): string {
  return Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(" ");
}

async function prepare(dataDir: string) {
  const { db } = openDatabase(path.join(dataDir, "tvaers.sqlite"));
  await migrateToLatest(db);
  await seedDemo(db);
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
  await db.destroy();
  return { threadPath: `/t/${thread.id}-${thread.slug}`, cookie: `tvaers_session=${token}` };
}

let serverPid: number | undefined;

/** Runs autocannon and also reports the server's CPU time per request, a figure that other load on the machine barely moves. */
async function run(options: autocannon.Options): Promise<autocannon.Result & { cpuMsPerRequest: number }> {
  const before = cpuTimeMs(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(options, (error, outcome) => (error ? reject(error) : resolve(outcome)));
  });
  return { ...result, cpuMsPerRequest: (cpuTimeMs(serverPid) - before) / Math.max(1, result.requests.total) };
}

/**
 * Sends requests evenly spaced at `rate` per second, each on schedule whether
 * or not earlier ones have answered, and measures each from its scheduled
 * start. autocannon's overallRate paces each of its connections separately,
 * so all 16 fire together and every request after the first in a burst
 * queues behind the others: a latency of the load generator, not the server.
 */
async function runPaced(url: string, headers: Record<string, string>, rate: number, seconds: number) {
  const before = cpuTimeMs(serverPid);
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    sends.push(
      fetch(url, { headers })
        .then(async (response) => {
          await response.arrayBuffer();
          if (!response.ok) errors += 1;
        })
        .catch(() => {
          errors += 1;
        })
        .finally(() => latencies.push(performance.now() - due)),
    );
  }
  await Promise.all(sends);
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? Number.NaN);
  return {
    rate: total / ((performance.now() - started) / 1000),
    p50: at(50),
    p99: at(99),
    errors,
    total,
    cpuMsPerRequest: (cpuTimeMs(serverPid) - before) / Math.max(1, total),
  };
}

function report(name: string, result: autocannon.Result & { cpuMsPerRequest: number }) {
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `${name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  errors ${errors}  server CPU ${result.cpuMsPerRequest.toFixed(2)} ms/request  (${result.requests.total} requests)`,
  );
}

const dataDir = tempDataDir("bench-pages");
const { threadPath, cookie } = await prepare(dataDir);
const server = await startProductionServer(dataDir);
serverPid = server.process.pid;
try {
  const headers: Record<string, string> = process.env.BENCH_NO_GZIP
    ? { cookie }
    : { cookie, "accept-encoding": "gzip" };
  const page = await fetch(`${server.baseUrl}${threadPath}`, { headers: { cookie } });
  const html = await page.text();
  console.log(`Thread page: ${(html.length / 1024).toFixed(0)} KiB of HTML for 50 posts (status ${page.status})`);
  // Warm up the JIT and SQLite's page cache.
  await run({ url: `${server.baseUrl}${threadPath}`, connections: 4, duration: 2, headers });

  // BENCH_THREAD_ONLY=1 skips the front page, for profiling the thread page alone.
  if (!process.env.BENCH_THREAD_ONLY) {
    const front = await run({ url: `${server.baseUrl}/`, connections: 16, duration: DURATION_S, headers });
    report("front page, 16 connections", front);
  }
  const thread = await run({ url: `${server.baseUrl}${threadPath}`, connections: 16, duration: DURATION_S, headers });
  report("50-post thread, 16 connections", thread);
  const halfRate = Math.max(1, Math.round(thread.requests.average / 2));
  const paced = await runPaced(`${server.baseUrl}${threadPath}`, headers, halfRate, DURATION_S);
  console.log(
    `${`50-post thread, evenly at ${halfRate}/s`.padEnd(34)} ${paced.rate.toFixed(0).padStart(6)} req/s  p50 ${String(paced.p50).padStart(4)} ms  p99 ${String(paced.p99).padStart(4)} ms  errors ${paced.errors}  server CPU ${paced.cpuMsPerRequest.toFixed(2)} ms/request  (${paced.total} requests)`,
  );
  console.log(`server peak RSS: ${peakRssMb(server.process.pid) ?? "unknown"} MB`);
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
