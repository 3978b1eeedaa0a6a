/**
 * npm run bench:load — a mixed load on the production server at a fixed rate
 * (RATE, default 200 requests/s) for BENCH_SECONDS (default 60) from 40
 * signed-in members: 80 % reads (front page, thread page, search), 15 %
 * replies, 5 % new threads. Prints throughput, p50/p99 per kind, errors, the
 * server's peak RSS and CPU per request, then checks that every write the
 * server acknowledged (a redirect) is in the database.
 *
 * BENCH_POSTGRES_URL=postgres://…/empty_db runs it on PostgreSQL instead of
 * a SQLite file, and SERVERS=2 starts that many app servers on it (requests
 * go round-robin, as nginx's upstream would send them; issue 20).
 *
 * Arrivals are open-loop: requests start on schedule whether or not earlier
 * ones have finished, up to MAX_IN_FLIGHT (default 64) at once; a request due
 * while that many are open is skipped and counted, so an overloaded server
 * shows up as skips and long tails rather than as a quietly lower rate.
 */
import fs from "node:fs";
import path from "node:path";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { openDatabase } from "../../app/db.server";
import { openPostgres } from "../../app/db-postgres.server";
import { parseEnv } from "../../app/env.server";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/seed";
import { cpuTimeMs, peakRssMb, startProductionServer, tempDataDir } from "./support";

const RATE = Number(process.env.RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const MAX_IN_FLIGHT = Number(process.env.MAX_IN_FLIGHT ?? 64);
const MEMBERS = 40;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL;
const SERVERS = Number(process.env.SERVERS ?? 1);
const REQUEST_TIMEOUT_MS = 30_000;

type Kind = "front" | "thread" | "search" | "reply" | "new thread";
const KINDS: Kind[] = ["front", "thread", "search", "reply", "new thread"];
/** One cycle of 20 requests: 8 front, 6 thread, 2 search (80 % reads), 3 replies (15 %), 1 new thread (5 %). */
const CYCLE: Kind[] = [
  "front",
  "thread",
  "reply",
  "front",
  "thread",
  "search",
  "front",
  "thread",
  "front",
  "reply",
  "thread",
  "front",
  "new thread",
  "thread",
  "front",
  "search",
  "reply",
  "front",
  "thread",
  "front",
];

/** Numbers as letters (0 → "a", 26 → "ba"): unique markers without digits, which the personal-data guard could mistake for a phone number. */
function letters(n: number): string {
  let text = "";
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}
const runTag = `belastning${letters(Math.floor(Math.random() * 26 ** 5))}`;

/** CPU used so far by the postgres processes on this machine (0 when the database runs elsewhere). */
function localPostgresCpuMs(): number {
  if (!POSTGRES_URL) return 0;
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += cpuTimeMs(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

interface Member {
  id: number;
  cookie: string;
}

async function prepare(dataDir: string) {
  const { db } = POSTGRES_URL ? openPostgres(POSTGRES_URL, 4) : openDatabase(path.join(dataDir, "tvaers.sqlite"));
  await migrateToLatest(db);
  await seedDemo(db);
  // An experienced municipality, so no newcomer rules shape what the members may post.
  const home = await db
    .selectFrom("member")
    .select("municipality_id")
    .where("email", "=", "erfaren@demo.tvaers.dk")
    .executeTakeFirstOrThrow();
  const members: Member[] = [];
  for (let n = 0; n < MEMBERS; n += 1) {
    const row = await db
      .insertInto("member")
      .values({
        municipality_id: home.municipality_id,
        email: `belastning-${letters(n)}@bench.tvaers.dk`,
        display_name: `Belastning ${letters(n).toUpperCase()}`,
        profession: "SSP-konsulent",
        role: "member",
        password_hash: null,
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const token = generateSessionToken();
    await createSession(db, token, row.id);
    members.push({ id: row.id, cookie: `tvaers_session=${token}` });
  }
  const threads = await db
    .selectFrom("thread")
    .select(["id", "slug"])
    .where("locked", "=", 0)
    .where("track", "=", "shared")
    .orderBy("last_post_at", "desc")
    .limit(20)
    .execute();
  const category = await db.selectFrom("category").select("id").orderBy("position").executeTakeFirstOrThrow();
  await db.destroy();
  if (threads.length === 0) throw new Error("The demo seed has no open shared thread to read and reply to.");
  return { members, threadPaths: threads.map((t) => `/t/${t.id}-${t.slug}`), categoryId: category.id };
}

interface Outcome {
  kind: Kind;
  /** The HTTP status, "network" for a failed or timed-out request, "sign-in" for a redirect to /login (the session was refused). */
  status: number | "network" | "sign-in";
  ms: number;
}

interface Stats {
  latencies: number[];
  ok: number;
  rateLimited: number;
  notAvailable: number;
  errors: Map<string, number>;
}

const dataDir = tempDataDir("bench-load");
const { members, threadPaths, categoryId } = await prepare(dataDir);
if (SERVERS > 1 && !POSTGRES_URL)
  throw new Error("SERVERS > 1 needs BENCH_POSTGRES_URL: several app servers share a PostgreSQL.");
const servers = await Promise.all(
  Array.from({ length: SERVERS }, () =>
    startProductionServer(dataDir, POSTGRES_URL ? { DATABASE_URL: POSTGRES_URL } : {}),
  ),
);
const server = servers[0] as (typeof servers)[number];
const origins = servers.map((s) => s.baseUrl);
let origin = server.baseUrl;
const pids = servers.map((s) => s.process.pid);
// Kept so a server that dies mid-run is reported with its last words, not just as network errors.
let serverStderr = "";
for (const s of servers)
  s.process.stderr?.on("data", (chunk: Buffer) => (serverStderr = (serverStderr + chunk.toString()).slice(-4000)));

let memberTurn = 0;
let writeTurn = 0;
let sequence = 0;
const acknowledged: { kind: "reply" | "new thread"; body: string }[] = [];
let searchAvailable = true;
let firstNetworkError: string | undefined;

function replyBody(n: number, member: Member): string {
  return `${runTag} svar ${letters(n)} fra medlem ${letters(member.id)}. Vi har haft god erfaring med at lade den unge vælge tidspunktet for næste samtale, og at skrive kort sammen, hvad vi aftalte.`;
}

/** One request of a kind, as a signed-in member's browser would send it. */
async function send(kind: Kind): Promise<Outcome> {
  const started = performance.now();
  const reader = members[memberTurn++ % members.length] as Member;
  // Writes go round-robin over the members, so a per-member posting limit meets as few as possible.
  const writer = members[writeTurn % members.length] as Member;
  const threadPath = threadPaths[sequence % threadPaths.length] as string;
  origin = origins[sequence % origins.length] as string;
  sequence += 1;
  let url: string;
  let init: RequestInit;
  let body: string | undefined;
  const form = (fields: Record<string, string>, member: Member): RequestInit => ({
    method: "POST",
    redirect: "manual",
    headers: { cookie: member.cookie, origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
  switch (kind) {
    case "front":
      url = "/";
      init = { headers: { cookie: reader.cookie } };
      break;
    case "thread":
      url = threadPath;
      init = { headers: { cookie: reader.cookie } };
      break;
    case "search":
      url = searchAvailable ? "/soeg?q=skole" : "/";
      init = { headers: { cookie: reader.cookie } };
      break;
    case "reply":
      writeTurn += 1;
      body = replyBody(writeTurn, writer);
      url = threadPath;
      init = form({ intent: "reply", body }, writer);
      break;
    case "new thread":
      writeTurn += 1;
      body = `${runTag} tråd ${letters(writeTurn)}. Hvordan holder I kontakten med en ung, der er flyttet til en anden kommune midt i et forløb? Vi mangler en fast praksis for overdragelsen.`;
      url = "/ny";
      init = form(
        {
          intent: "create",
          title: `Overdragelse ved flytning (${runTag} ${letters(writeTurn)})`,
          categoryId: String(categoryId),
          track: "shared",
          body,
        },
        writer,
      );
      break;
  }
  try {
    const response = await fetch(`${origin}${url}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    const ms = performance.now() - started;
    if (response.headers.get("location")?.startsWith("/login")) return { kind, status: "sign-in", ms };
    if (body !== undefined && (response.status === 302 || response.status === 303))
      acknowledged.push({ kind: kind as "reply" | "new thread", body });
    return { kind, status: response.status, ms };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    firstNetworkError ??= `${kind} ${url}: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { kind, status: "network", ms: performance.now() - started };
  }
}

/** Starts requests on schedule for `seconds` at `rate` per second; resolves when all have answered. */
async function runAtRate(rate: number, seconds: number, kinds: readonly Kind[]) {
  const total = Math.round(rate * seconds);
  const outcomes: Promise<Outcome>[] = [];
  let inFlight = 0;
  let skipped = 0;
  let due = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const target = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
      for (; due < target; due += 1) {
        if (inFlight >= MAX_IN_FLIGHT) {
          skipped += 1;
          continue;
        }
        inFlight += 1;
        outcomes.push(send(kinds[due % kinds.length] as Kind).finally(() => (inFlight -= 1)));
      }
      if (due >= total) resolve();
      else setTimeout(tick, 2);
    };
    tick();
  });
  const results = await Promise.all(outcomes);
  return { results, skipped, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summarise(results: Outcome[]): Map<Kind, Stats> {
  const stats = new Map<Kind, Stats>(
    KINDS.map((kind) => [kind, { latencies: [], ok: 0, rateLimited: 0, notAvailable: 0, errors: new Map() }]),
  );
  for (const { kind, status, ms } of results) {
    const entry = stats.get(kind) as Stats;
    entry.latencies.push(ms);
    if (status === 429) entry.rateLimited += 1;
    else if (kind === "search" && status === 404) entry.notAvailable += 1;
    else if (typeof status === "number" && status >= 200 && status < 400) entry.ok += 1;
    else entry.errors.set(String(status), (entry.errors.get(String(status)) ?? 0) + 1);
  }
  for (const entry of stats.values()) entry.latencies.sort((a, b) => a - b);
  return stats;
}

try {
  const probe = await fetch(`${origin}/soeg?q=skole`, { headers: { cookie: members[0]?.cookie ?? "" } });
  await probe.arrayBuffer();
  searchAvailable = probe.status !== 404;
  // Warm up the JIT and SQLite's page cache with reads only, so no unverified writes are left behind.
  await runAtRate(Math.min(RATE, 100), 2, ["front", "thread", "search"]);

  const serverCpu = () => pids.reduce<number>((sum, pid) => sum + cpuTimeMs(pid), 0);
  const cpuBefore = serverCpu();
  const databaseCpuBefore = localPostgresCpuMs();
  const clientCpuBefore = process.cpuUsage();
  const { results, skipped, seconds } = await runAtRate(RATE, SECONDS, CYCLE);
  const serverCpuMs = serverCpu() - cpuBefore;
  const databaseCpuMs = localPostgresCpuMs() - databaseCpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const rssMb = pids.map((pid) => peakRssMb(pid) ?? 0).join(" + ");
  const stats = summarise(results);

  console.log(
    `Load: ${RATE} requests/s scheduled for ${SECONDS} s from ${MEMBERS} members, at most ${MAX_IN_FLIGHT} in flight, ` +
      `on ${SERVERS} app server${SERVERS > 1 ? "s" : ""} over ${POSTGRES_URL ? "PostgreSQL" : "SQLite"}`,
  );
  // The server inherits this environment, so it runs with these limits.
  const limits = parseEnv({ ...process.env, DATA_DIR: dataDir });
  const interval = limits.POSTING_MIN_INTERVAL_SECONDS;
  console.log(
    `Posting limits: ${interval > 0 ? `one post per member every ${interval} s (at most ${(MEMBERS / interval).toFixed(1)} writes/s from ${MEMBERS} members)` : "no interval"}, ` +
      `${limits.POSTING_MAX_THREADS_PER_DAY} threads per member per day; the mix schedules ${(RATE * 0.2).toFixed(0)} writes/s. Set POSTING_MIN_INTERVAL_SECONDS=0 to load the write path fully.`,
  );
  console.log(
    `${"kind".padEnd(12)} ${"count".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"max ms".padStart(8)}  ${"errors".padStart(6)}  notes`,
  );
  for (const [kind, entry] of stats) {
    const notes: string[] = [];
    if (kind === "search" && !searchAvailable)
      notes.push("not available (/soeg answers 404): these requests loaded the front page");
    if (entry.notAvailable) notes.push(`${entry.notAvailable} not available (404)`);
    if (entry.rateLimited) notes.push(`${entry.rateLimited} rate-limited (429)`);
    if (entry.errors.size)
      notes.push(`errors by status: ${[...entry.errors].map(([status, n]) => `${status}×${n}`).join(", ")}`);
    const errors = [...entry.errors.values()].reduce((a, b) => a + b, 0);
    const ms = (p: number) => percentile(entry.latencies, p).toFixed(1).padStart(8);
    console.log(
      `${kind.padEnd(12)} ${String(entry.latencies.length).padStart(6)} ${ms(50)} ${ms(99)} ${ms(100)}  ${String(errors).padStart(6)}  ${notes.join("; ")}`,
    );
  }
  const all = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = [...stats.values()].reduce(
    (sum, entry) => sum + [...entry.errors.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const rateLimited = [...stats.values()].reduce((sum, entry) => sum + entry.rateLimited, 0);
  console.log(
    `all          ${String(results.length).padStart(6)} ${percentile(all, 50).toFixed(1).padStart(8)} ${percentile(all, 99).toFixed(1).padStart(8)} ${percentile(all, 100).toFixed(1).padStart(8)}  ${String(errors).padStart(6)}  ` +
      `${(results.length / seconds).toFixed(1)} responses/s over ${seconds.toFixed(1)} s; ${skipped} skipped at the in-flight limit; ${rateLimited} rate-limited`,
  );
  if (firstNetworkError) console.log(`first network error: ${firstNetworkError}`);
  console.log(
    `server: peak RSS ${rssMb ?? "unknown"} MB, CPU ${(serverCpuMs / Math.max(1, results.length)).toFixed(2)} ms/request (${(serverCpuMs / 1000 / seconds).toFixed(2)} cores); ` +
      `load client CPU ${((clientCpu.user + clientCpu.system) / 1000 / Math.max(1, results.length)).toFixed(2)} ms/request on the same machine`,
  );
  if (POSTGRES_URL)
    console.log(
      `PostgreSQL on this machine: CPU ${(databaseCpuMs / Math.max(1, results.length)).toFixed(2)} ms/request (${(databaseCpuMs / 1000 / seconds).toFixed(2)} cores)`,
    );
} finally {
  for (const s of servers) {
    if (s.process.exitCode !== null || s.process.signalCode !== null) {
      console.error(
        `A server died during the run (exit ${s.process.exitCode ?? s.process.signalCode}):\n${serverStderr}`,
      );
      process.exitCode = 1;
    }
  }
  await Promise.all(servers.map((s) => s.stop()));
}

// The server has checkpointed and closed; read what it stored.
const { db } = POSTGRES_URL ? openPostgres(POSTGRES_URL, 2) : openDatabase(path.join(dataDir, "tvaers.sqlite"));
const stored = new Set(
  (await db.selectFrom("post").select("body_source").where("body_source", "like", `${runTag} %`).execute()).map(
    (row) => row.body_source,
  ),
);
await db.destroy();
const missing = acknowledged.filter((write) => !stored.has(write.body));
const replies = acknowledged.filter((write) => write.kind === "reply").length;
console.log(
  `verify: ${acknowledged.length - missing.length}/${acknowledged.length} acknowledged writes found in the database by their unique body ` +
    `(${replies} replies, ${acknowledged.length - replies} new threads); ${stored.size - (acknowledged.length - missing.length)} stored without an acknowledgement`,
);
if (missing.length > 0) {
  console.error(`MISSING: ${missing.length} acknowledged writes are not in the database, e.g. ${missing[0]?.body}`);
  process.exitCode = 1;
}
fs.rmSync(dataDir, { recursive: true, force: true });
