/**
 * npm run bench:search -- --posts 100000 [--runs 100] [--seed 1] [--keep] [--verbose]
 * npm run bench:search -- --db FILE [--skip-reindex] [--runs 100] [--verbose]
 *
 * Generates a synthetic Danish forum in a fresh temporary database (--keep
 * leaves it there; --db FILE uses one kept earlier, or any Tværs database,
 * whose index it rebuilds), times a full reindex through the app's
 * rebuildIndex (stemming included) and checks a sample of its rows against
 * indexPost, then times the search page's code path (readSearchRequest +
 * searchFts5), warm, for each kind of query; --verbose lists the slowest
 * queries. The reindex and the queries each run in a child process of their
 * own, so the RSS printed is that of a process doing only that work, as the
 * server would. The machine's load average is printed too: on a shared
 * machine other work shows in the latencies.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { DB } from "../../app/db.server";
import { categories } from "../../db/seed/data/categories";
import { municipalities } from "../../db/seed/data/municipalities";
import { tags } from "../../db/seed/data/tags";
import { demoThreads } from "../../db/seed/data/threads/index";
import { migrateToLatest } from "../../db/migrate";
import { slugify } from "../../app/models/slug";
import { repoRoot, tempDataDir } from "./support";

type Kind = "one word" | "two words" | "phrase" | "prefix" | "filtered" | "very common";
interface BenchQuery {
  kind: Kind;
  params: string; // the search page's URL parameters
}
interface PhaseResult {
  ms?: number;
  posts?: number;
  mismatches?: number;
  latencies?: Record<string, { p50: number; p95: number; p99: number; runs: number; meanTotal: number }>;
  rssMb: number;
  peakRssMb: number;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** mulberry32: the same corpus for the same --seed, run after run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples index i with probability ∝ 1 / (i + 1)^s. */
function zipf(n: number, s: number, rnd: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i += 1) cdf[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const target = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)] as T;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const START = "\u0002";
const END = "\u0003";

/** Sentences of the demo threads and the evaluation corpus, as lower-cased word lists. */
function sourceSentences(): { sentences: string[][]; titles: string[] } {
  const texts: string[] = [];
  const titles: string[] = [];
  for (const thread of demoThreads) {
    titles.push(thread.title);
    texts.push(...thread.posts.map((post) => post.body));
  }
  const devFile = path.resolve(repoRoot, "../shared/corpus/dev.json");
  if (fs.existsSync(devFile)) {
    const dev = JSON.parse(fs.readFileSync(devFile, "utf8")) as {
      threads: { title: string; posts: { body: string }[] }[];
    };
    for (const thread of dev.threads) {
      titles.push(thread.title);
      texts.push(...thread.posts.map((post) => post.body));
    }
  }
  const sentences = [...texts, ...titles]
    .flatMap((text) => text.split(/(?<=[.!?:])\s+|\n+/))
    .map((sentence) =>
      [...sentence.matchAll(WORD)].map((m) => (/^[A-ZÆØÅ]{2,}$/.test(m[0]) ? m[0] : m[0].toLowerCase())),
    )
    .filter((words) => words.length >= 3);
  return { sentences, titles };
}

/**
 * A word-level Markov chain over the source sentences (so common words and
 * phrases keep their natural, Zipf-like frequencies), with a share of words
 * swapped for a long Zipf-distributed tail of compounds and inflections and a
 * few typos, as a large forum's vocabulary has.
 */
function textModel(rnd: () => number) {
  const { sentences, titles } = sourceSentences();
  const next = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const words of sentences) {
    [START, ...words].forEach((word, i) => {
      const follower = words[i] ?? END;
      let list = next.get(word);
      if (!list) next.set(word, (list = []));
      list.push(follower);
      if (word !== START) counts.set(word, (counts.get(word) ?? 0) + 1);
    });
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const content = byFrequency.filter((word) => word.length >= 5 && /^[a-zæøå]+$/.test(word));
  const tail = new Set<string>();
  const heads = content.slice(0, 3000);
  while (tail.size < 60_000) {
    const head = pick(heads, rnd);
    const rest = pick(content, rnd);
    tail.add(
      rnd() < 0.6
        ? `${head}${/[aeiouyæøå]$/.test(head) || rnd() < 0.5 ? "" : "s"}${rest}`
        : `${rest}${pick(["en", "et", "er", "erne", "ene", "ernes", "s", "e"], rnd)}`,
    );
  }
  const tailWords = [...tail];
  const tailRank = zipf(tailWords.length, 1.05, rnd);
  const typo = (word: string) => {
    const i = 1 + Math.floor(rnd() * (word.length - 2));
    return `${word.slice(0, i)}${word[i + 1] ?? ""}${word[i] ?? ""}${word.slice(i + 2)}`;
  };

  function sentence(maxWords: number): string[] {
    const words: string[] = [];
    let word = pick(next.get(START) ?? [END], rnd);
    while (word !== END && words.length < maxWords) {
      const roll = rnd();
      if (word.length >= 5 && roll < 0.08) words.push(tailWords[tailRank()] ?? word);
      else if (word.length >= 5 && roll < 0.083) words.push(typo(word));
      else words.push(word);
      word = pick(next.get(word) ?? [END], rnd);
    }
    return words;
  }
  const capitalise = (words: string[]) => {
    const text = words.join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return {
    byFrequency,
    content,
    sentences,
    /** ~60–120 words in paragraphs of two to four sentences. */
    body(): string {
      const target = 60 + Math.floor(rnd() * 61);
      const paragraphs: string[] = [];
      let count = 0;
      while (count < target) {
        const paragraph: string[] = [];
        for (let n = 2 + Math.floor(rnd() * 3); n > 0 && count < target; n -= 1) {
          const words = sentence(Math.min(30, target - count + 3));
          if (words.length === 0) continue;
          count += words.length;
          paragraph.push(`${capitalise(words)}${rnd() < 0.15 ? "?" : "."}`);
        }
        paragraphs.push(paragraph.join(" "));
      }
      return paragraphs.join("\n\n");
    },
    title(): string {
      return rnd() < 0.3
        ? pick(titles, rnd)
        : `${capitalise(sentence(4 + Math.floor(rnd() * 8)))}${rnd() < 0.4 ? "?" : ""}`;
    },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Writes the corpus with prepared statements in large transactions; the app's write path would take hours at this size. */
async function generate(file: string, postCount: number, seed: number): Promise<{ threads: number; posts: number }> {
  const rnd = random(seed);
  const model = textModel(rnd);
  const sqlite = new SQLite(file);
  await migrateToLatest(new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) }));
  // Only this throwaway connection: the corpus can be regenerated, so it need not survive a crash.
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("cache_size = -262144");
  const now = Date.now();
  const created = new Date(now - 400 * 86_400_000).toISOString();
  const insertMunicipality = sqlite.prepare(
    "insert into municipality (id, slug, name, region, joined_on, created_at) values (?, ?, ?, ?, '2016-01-01', ?)",
  );
  municipalities.forEach((m, i) => insertMunicipality.run(i + 1, m.slug, m.name, m.region, created));
  const insertCategory = sqlite.prepare(
    "insert into category (id, slug, name, description, position) values (?, ?, ?, ?, ?)",
  );
  categories.forEach((c, i) => insertCategory.run(i + 1, c.slug, c.name, c.description, i));
  const insertTag = sqlite.prepare("insert into tag (id, slug, label, kind, description) values (?, ?, ?, ?, ?)");
  tags.forEach((t, i) => insertTag.run(i + 1, t.slug, t.label, t.kind, t.description));
  const memberCount = Math.max(50, Math.min(5000, Math.round(postCount / 200)));
  const memberMunicipality: number[] = [];
  const insertMember = sqlite.prepare(
    "insert into member (id, municipality_id, email, display_name, profession, created_at) values (?, ?, ?, ?, 'Chatrådgiver', ?)",
  );
  sqlite.transaction(() => {
    for (let id = 1; id <= memberCount; id += 1) {
      memberMunicipality[id] = 1 + Math.floor(rnd() * municipalities.length);
      insertMember.run(id, memberMunicipality[id], `bench${id}@example.dk`, `Medlem ${id}`, created);
    }
  })();

  const insertThread = sqlite.prepare(
    "insert into thread (id, slug, title, category_id, author_id, municipality_id, track, reply_count, last_post_at, last_post_author_id, created_at, solution_post_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertThreadTag = sqlite.prepare("insert or ignore into thread_tag (thread_id, tag_id) values (?, ?)");
  const insertPost = sqlite.prepare(
    "insert into post (id, thread_id, author_id, body_source, body_html, created_at) values (?, ?, ?, ?, ?, ?)",
  );
  const author = zipf(memberCount, 0.9, rnd);
  const tag = zipf(tags.length, 0.8, rnd);
  interface Open {
    id: number;
    title: string;
    author: number;
    target: number;
    postIds: number[];
    createdAt: string;
    lastAt: string;
    lastAuthor: number;
  }
  // Replies to a few dozen open threads interleave, as on a live forum.
  const open: (Open | null)[] = Array.from({ length: 60 }, () => null);
  let threadId = 0;
  let postId = 0;
  const step = (3 * 365 * 86_400_000) / postCount;
  let time = now - 3 * 365 * 86_400_000;
  const close = (thread: Open) => {
    const replies = thread.postIds.slice(1);
    const solution = replies.length > 0 && rnd() < 0.3 ? pick(replies, rnd) : null;
    const track = pick(["shared", "shared", "newcomer", "experienced"] as const, rnd);
    insertThread.run(
      thread.id,
      slugify(thread.title),
      thread.title,
      1 + Math.floor(rnd() * categories.length),
      thread.author,
      memberMunicipality[thread.author] ?? 1,
      track,
      replies.length,
      thread.lastAt,
      thread.lastAuthor,
      thread.createdAt,
      solution,
    );
    for (let n = 1 + Math.floor(rnd() * 3); n > 0; n -= 1) insertThreadTag.run(thread.id, 1 + tag());
  };
  const writeBatch = sqlite.transaction((count: number) => {
    for (let i = 0; i < count; i += 1) {
      const slot = Math.floor(rnd() * open.length);
      time += step * 2 * rnd();
      const at = new Date(time).toISOString();
      const who = 1 + author();
      let thread = open[slot];
      if (!thread) {
        thread = {
          id: (threadId += 1),
          title: model.title(),
          author: who,
          target: Math.min(20, 1 + Math.floor(-Math.log(1 - rnd()) * 4)),
          postIds: [],
          createdAt: at,
          lastAt: at,
          lastAuthor: who,
        };
        open[slot] = thread;
      }
      const body = model.body();
      insertPost.run(
        (postId += 1),
        thread.id,
        who,
        body,
        `<p>${escapeHtml(body).replace(/\n\n/g, "</p>\n<p>")}</p>`,
        at,
      );
      thread.postIds.push(postId);
      thread.lastAt = at;
      thread.lastAuthor = who;
      if (thread.postIds.length >= thread.target) {
        close(thread);
        open[slot] = null;
      }
    }
  });
  for (let done = 0; done < postCount; done += 20_000) {
    writeBatch(Math.min(20_000, postCount - done));
    process.stderr.write(`\rGenerating ${Math.min(postCount, done + 20_000)}/${postCount} posts`);
  }
  sqlite.transaction(() => open.forEach((thread) => thread && close(thread)))();
  process.stderr.write("\n");
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return { threads: threadId, posts: postId };
}

/** The queries members type, drawn from the same vocabulary as the corpus. */
function benchQueries(seed: number): BenchQuery[] {
  const rnd = random(seed + 1);
  const model = textModel(random(seed));
  const mid = model.content.slice(30, 1500).filter((word) => !/\d/.test(word));
  const isMid = new Set(mid);
  const q = (text: string, extra = "") => `q=${encodeURIComponent(text)}${extra}`;
  const queries: BenchQuery[] = [];
  const add = (kind: Kind, make: () => string) => {
    for (let i = 0; i < 25; i += 1) queries.push({ kind, params: make() });
  };
  add("one word", () => q(pick(mid, rnd)));
  add("two words", () => {
    const words = pick(
      model.sentences.filter((s) => s.filter((w) => isMid.has(w)).length >= 2),
      rnd,
    ).filter((w) => isMid.has(w));
    const first = pick(words, rnd);
    return q(
      `${first} ${
        pick(
          words.filter((w) => w !== first),
          rnd,
        ) ?? pick(mid, rnd)
      }`,
    );
  });
  add("phrase", () => {
    const words = pick(model.sentences, rnd);
    const i = Math.floor(rnd() * (words.length - 1));
    return q(`"${words[i]} ${words[i + 1]}"`);
  });
  add("prefix", () => {
    const word = pick(mid, rnd);
    return q(`${word.slice(0, 4 + Math.floor(rnd() * 2))}*`);
  });
  const trackParams = ["ny", "erfarne", "faelles"];
  add("filtered", () =>
    q(pick(mid, rnd), rnd() < 0.5 ? `&spor=${pick(trackParams, rnd)}` : `&tag=${pick(tags, rnd).slug}`),
  );
  add("very common", () => q(pick(model.byFrequency.slice(0, 12), rnd)));
  return queries;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

function memory(): { rssMb: number; peakRssMb: number } {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const peak = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(process.memoryUsage().rss / 1048576), peakRssMb: Math.round(peak / 1024) };
}

class Rollback extends Error {}

/**
 * The bulk rebuild must leave every row as indexPost leaves it: re-indexes a
 * sample of posts one by one inside a transaction that is then rolled back,
 * and counts the rows (and new search_term entries) that came out different.
 */
async function mismatchesWithIndexPost(db: DB, sampleSize: number): Promise<number> {
  const { postChanged } = await import("../../app/search/index.server");
  const latest = Number((await sql<{ id: number }>`select max(id) as id from post`.execute(db)).rows[0]?.id ?? 0);
  const rnd = random(7);
  const sample = [...new Set(Array.from({ length: sampleSize }, () => 1 + Math.floor(rnd() * latest)))];
  const row = async (tx: DB, id: number) =>
    JSON.stringify((await sql`select title, body from post_fts where rowid = ${id}`.execute(tx)).rows);
  const terms = async (tx: DB) =>
    Number((await sql<{ n: number }>`select count(*) as n from search_term`.execute(tx)).rows[0]?.n ?? 0);
  let mismatches = 0;
  await db
    .transaction()
    .execute(async (tx) => {
      const termsBefore = await terms(tx);
      for (const id of sample) {
        const before = await row(tx, id);
        await postChanged(tx, id);
        if ((await row(tx, id)) !== before) mismatches += 1;
      }
      mismatches += (await terms(tx)) - termsBefore;
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return mismatches;
}

async function reindexPhase(file: string): Promise<PhaseResult> {
  const { openDatabase } = await import("../../app/db.server");
  const { rebuildIndex } = await import("../../app/search/index.server");
  const { db } = openDatabase(file);
  // As the server does on start, so a kept --db file follows the schema.
  await migrateToLatest(db);
  const started = performance.now();
  const posts = await rebuildIndex(db, (done, total) => process.stderr.write(`\rReindexing ${done}/${total} posts`));
  const ms = performance.now() - started;
  process.stderr.write("\n");
  const result = { ms, posts, ...memory() };
  const mismatches = await mismatchesWithIndexPost(db, 200);
  await db.destroy();
  return { ...result, mismatches };
}

async function queryPhase(file: string, runs: number, queries: BenchQuery[]): Promise<PhaseResult> {
  const { openDatabase } = await import("../../app/db.server");
  const { searchFts5 } = await import("../../app/search/fts5/fts5-search.server");
  const { readSearchRequest } = await import("../../app/search/query/search-request");
  const { db } = openDatabase(file);
  await migrateToLatest(db);
  const latencies: NonNullable<PhaseResult["latencies"]> = {};
  for (const kind of [...new Set(queries.map((query) => query.kind))]) {
    const pool = queries.filter((query) => query.kind === kind);
    for (const query of pool) await searchFts5(db, readSearchRequest(new URLSearchParams(query.params)));
    const times: number[] = [];
    const byQuery = new Map<string, number[]>();
    let totals = 0;
    for (let run = 0; run < Math.max(50, runs); run += 1) {
      const query = pool[run % pool.length] as BenchQuery;
      const started = performance.now();
      const response = await searchFts5(db, readSearchRequest(new URLSearchParams(query.params)));
      const ms = performance.now() - started;
      times.push(ms);
      byQuery.set(query.params, [...(byQuery.get(query.params) ?? []), ms]);
      totals += response.total;
    }
    if (process.argv.includes("--verbose")) {
      for (const [params, ms] of [...byQuery].sort((a, b) => Math.max(...b[1]) - Math.max(...a[1])).slice(0, 8)) {
        process.stderr.write(
          `${kind.padEnd(12)} ${ms
            .map((t) => t.toFixed(0))
            .join(" ")
            .padEnd(20)} ${decodeURIComponent(params)}\n`,
        );
      }
    }
    times.sort((a, b) => a - b);
    latencies[kind] = {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      runs: times.length,
      meanTotal: Math.round(totals / times.length),
    };
  }
  await db.destroy();
  return { latencies, ...memory() };
}

/** Runs a phase in a child process; the queries travel as a message, so building them costs the child no memory. */
function runPhase(phase: string, args: string[], queries: BenchQuery[] = []): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--phase", phase, ...args], { execArgv: process.execArgv });
    child.send(queries);
    child.once("message", (message) => resolve(message as PhaseResult));
    child.once("exit", (code) => code !== 0 && reject(new Error(`${phase} exited with ${code}`)));
  });
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const fileSize = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);

async function main(): Promise<void> {
  const phase = option("phase");
  const file = option("db");
  const seed = Number(option("seed") ?? 1);
  const runs = Number(option("runs") ?? 100);
  if (phase && file) {
    const queries = await new Promise<BenchQuery[]>((resolve) =>
      process.once("message", (message) => resolve(message as BenchQuery[])),
    );
    const result = phase === "reindex" ? await reindexPhase(file) : await queryPhase(file, runs, queries);
    // The IPC channel would keep the child alive.
    process.send?.(result, () => process.exit(0));
    return;
  }
  const postCount = Number(option("posts") ?? 100_000);
  const dir = file ? path.dirname(file) : tempDataDir("bench-search");
  const dbFile = file ?? path.join(dir, "bench.sqlite");
  if (!file) {
    const started = performance.now();
    const counts = await generate(dbFile, postCount, seed);
    console.log(
      `Generated ${counts.posts} posts in ${counts.threads} threads in ${((performance.now() - started) / 1000).toFixed(1)} s (${dbFile})`,
    );
  }
  if (!process.argv.includes("--skip-reindex")) {
    const reindex = await runPhase("reindex", ["--db", dbFile]);
    console.log(
      `Full reindex: ${reindex.posts} posts in ${((reindex.ms ?? 0) / 1000).toFixed(1)} s (peak RSS ${reindex.peakRssMb} MB)`,
    );
    console.log(`Sample of 200 posts re-indexed by indexPost: ${reindex.mismatches} differences from the rebuild`);
  }
  const stats = new SQLite(dbFile, { readonly: true });
  const sizes = stats
    .prepare(
      "select sum(case when name like 'post_fts%' or name like 'search_term%' then pgsize else 0 end) as search from dbstat",
    )
    .get() as { search: number };
  stats.close();
  console.log(
    `Database: ${megabytes(fileSize(dbFile) + fileSize(`${dbFile}-wal`))} on disk, of which search index ${megabytes(sizes.search)}`,
  );
  const search = await runPhase(
    "query",
    ["--db", dbFile, "--runs", String(runs), ...process.argv.filter((arg) => arg === "--verbose")],
    benchQueries(seed),
  );
  console.log("\nquery kind     p50 ms   p95 ms   p99 ms   runs   mean total");
  for (const [kind, l] of Object.entries(search.latencies ?? {})) {
    console.log(
      `${kind.padEnd(13)} ${l.p50.toFixed(1).padStart(7)} ${l.p95.toFixed(1).padStart(8)} ${l.p99.toFixed(1).padStart(8)} ${String(l.runs).padStart(6)} ${String(l.meanTotal).padStart(12)}`,
    );
  }
  console.log(
    `\nSearch process RSS: ${search.rssMb} MB (peak ${search.peakRssMb} MB); load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  if (!file && !process.argv.includes("--keep")) fs.rmSync(dir, { recursive: true, force: true });
}

await main();
