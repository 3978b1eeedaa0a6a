/**
 * npm run search:eval -- FILE [--seed 1]: imports FILE (the dev.json format)
 * into a fresh temporary database and prints nDCG@10, recall@10 and MRR over
 * its queries, searched through the same code as the search page, then:
 * - the same with 3,000 generated newer filler threads of everyday Danish
 *   (filler-threads.ts), which a ranking led by common words or recency fails;
 * - the queries split in two halves (alternating), the ranking weights tuned
 *   on one half and reported on the other, both ways;
 * - a reference line: a plain BM25 sketch (stem, fold æ/ø/å, OR the words,
 *   thread as one document), which the ranking must beat.
 *
 * EVAL_POSTGRES_URL=postgres://…/postgres (a server's maintenance database)
 * evaluates the PostgreSQL backend instead, in temporary databases there;
 * the reference sketch is SQLite's and is left out.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importArchive } from "../../app/cli/import-archive.server";
import pg from "pg";
import { type DB, openDatabase } from "../../app/db.server";
import { openPostgres } from "../../app/db-postgres.server";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import { DEFAULT_WEIGHTS, type RankingWeights } from "../../app/search/fts5/thread-ranking.server";
import { migrateToLatest } from "../../db/migrate";
import { fillerThreads } from "./filler-threads";
import { referenceRanking } from "./reference-bm25";

interface EvalQuery {
  q: string;
  relevant: Record<string, number>;
}
type Ranker = (q: string) => Promise<number[]>;

const file = process.argv[2];
if (!file || file.startsWith("--")) {
  console.error("Usage: npm run search:eval -- FILE [--seed 1]");
  process.exit(2);
}
const seedIndex = process.argv.indexOf("--seed");
const seed = seedIndex > 0 ? Number(process.argv[seedIndex + 1]) : 1;
const FILLER = 3000;
const K = 10;
const raw = fs.readFileSync(file, "utf8");
const queries = (JSON.parse(raw) as { queries?: EvalQuery[] }).queries ?? [];

const POSTGRES_ADMIN = process.env.EVAL_POSTGRES_URL;
let postgresDatabases = 0;

async function onPostgresServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** A fresh database: a SQLite file in a temporary folder, or a temporary database on EVAL_POSTGRES_URL's server. */
async function freshDatabase(dir: string): Promise<{ db: DB; drop(): Promise<void> }> {
  if (!POSTGRES_ADMIN) {
    const { db } = openDatabase(path.join(dir, "eval.sqlite"));
    return { db, drop: () => db.destroy() };
  }
  const name = `tvaers_eval_${process.pid}_${++postgresDatabases}`;
  await onPostgresServer(`create database ${name}`);
  const url = Object.assign(new URL(POSTGRES_ADMIN), { pathname: `/${name}` }).toString();
  const { db } = openPostgres(url, 4);
  return {
    db,
    async drop() {
      await db.destroy();
      await onPostgresServer(`drop database if exists ${name} with (force)`);
    },
  };
}

async function loadCorpus(withFiller: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-eval-"));
  const { db, drop } = await freshDatabase(dir);
  await migrateToLatest(db);
  const imported = await importArchive(db, raw);
  if (withFiller) await importArchive(db, JSON.stringify({ threads: fillerThreads(FILLER, seed, new Date()) }));
  const toArchiveId = new Map([...imported.threadIds].map(([archiveId, threadId]) => [threadId, archiveId]));
  return { db, drop, dir, toArchiveId, imported };
}

const dcg = (gains: number[]) => gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);

function scoreQuery(query: EvalQuery, ranked: string[]) {
  const gains = ranked.map((id) => query.relevant[id] ?? 0);
  const ideal = Object.values(query.relevant)
    .sort((a, b) => b - a)
    .slice(0, K);
  const ndcg = dcg(ideal) > 0 ? dcg(gains) / dcg(ideal) : 0;
  const relevantIds = Object.keys(query.relevant).filter((id) => (query.relevant[id] ?? 0) > 0);
  const recall = relevantIds.length ? relevantIds.filter((id) => ranked.includes(id)).length / relevantIds.length : 0;
  const firstHit = gains.findIndex((gain) => gain > 0);
  return { ndcg, recall, mrr: firstHit >= 0 ? 1 / (firstHit + 1) : 0 };
}

async function evaluate(list: EvalQuery[], rank: Ranker, toArchiveId: Map<number, string>, verbose = false) {
  const sums = { ndcg: 0, recall: 0, mrr: 0 };
  for (const query of list) {
    const ranked = (await rank(query.q)).slice(0, K).map((id) => toArchiveId.get(id) ?? "");
    const score = scoreQuery(query, ranked);
    sums.ndcg += score.ndcg;
    sums.recall += score.recall;
    sums.mrr += score.mrr;
    if (verbose)
      console.log(
        `${score.ndcg.toFixed(2)}  ${score.recall.toFixed(2)}  ${score.mrr.toFixed(2)}  ${query.q}  → ${ranked.slice(0, 3).join(" ")}`,
      );
  }
  const n = Math.max(1, list.length);
  return { ndcg: sums.ndcg / n, recall: sums.recall / n, mrr: sums.mrr / n };
}

const searchWith =
  (db: DB, weights: RankingWeights = DEFAULT_WEIGHTS): Ranker =>
  async (q) =>
    (await searchFts5(db, { ...readSearchRequest(new URLSearchParams({ q })), perPage: K }, { weights })).results.map(
      (hit) => hit.threadId,
    );

/** The weights tried when tuning on one half: the column weights, the part a tuner would reach for first. */
const GRID: RankingWeights[] = [1, 2, 3, 5].flatMap((title) =>
  [1, 2, 3, 5].map((tags) => ({ ...DEFAULT_WEIGHTS, title, tags })),
);

async function tuned(db: DB, toArchiveId: Map<number, string>, on: EvalQuery[], report: EvalQuery[]) {
  let best = { weights: DEFAULT_WEIGHTS, ndcg: -1 };
  for (const weights of GRID) {
    const { ndcg } = await evaluate(on, searchWith(db, weights), toArchiveId);
    if (ndcg > best.ndcg) best = { weights, ndcg };
  }
  const reported = await evaluate(report, searchWith(db, best.weights), toArchiveId);
  return { weights: best.weights, tunedNdcg: best.ndcg, ndcg: reported.ndcg };
}

const plain = await loadCorpus(false);
console.log(`${plain.imported.threads} threads, ${plain.imported.posts} posts, ${queries.length} queries\n`);
const current = await evaluate(queries, searchWith(plain.db), plain.toArchiveId, true);
const noReference = { ndcg: Number.NaN, recall: Number.NaN, mrr: Number.NaN };
const reference = POSTGRES_ADMIN
  ? noReference
  : await evaluate(queries, await referenceRanking(plain.db), plain.toArchiveId);
const halves = [queries.filter((_, i) => i % 2 === 0), queries.filter((_, i) => i % 2 === 1)] as const;
const aToB = await tuned(plain.db, plain.toArchiveId, halves[0], halves[1]);
const bToA = await tuned(plain.db, plain.toArchiveId, halves[1], halves[0]);
await plain.drop();
fs.rmSync(plain.dir, { recursive: true, force: true });

const filler = await loadCorpus(true);
const currentFiller = await evaluate(queries, searchWith(filler.db), filler.toArchiveId);
const referenceFiller = POSTGRES_ADMIN
  ? noReference
  : await evaluate(queries, await referenceRanking(filler.db), filler.toArchiveId);
await filler.drop();
fs.rmSync(filler.dir, { recursive: true, force: true });

const f = (n: number) => n.toFixed(3);
const w = (weights: RankingWeights) => `title ${weights.title}, tags ${weights.tags}`;
console.log(`\nnDCG@10 ${f(current.ndcg)}   recall@10 ${f(current.recall)}   MRR ${f(current.mrr)}`);
console.log(`\n                                nDCG@10   with ${FILLER} filler threads (seed ${seed})`);
console.log(
  `search (${POSTGRES_ADMIN ? "postgres" : "fts5"})${POSTGRES_ADMIN ? "" : "    "}               ${f(current.ndcg)}     ${f(currentFiller.ndcg)}`,
);
console.log(`reference: plain BM25 sketch    ${f(reference.ndcg)}     ${f(referenceFiller.ndcg)}`);
console.log(
  `\nsplit halves (even/odd queries): tuned on even (${w(aToB.weights)}; ${f(aToB.tunedNdcg)}) → odd ${f(aToB.ndcg)}`,
);
console.log(
  `                                 tuned on odd (${w(bToA.weights)}; ${f(bToA.tunedNdcg)}) → even ${f(bToA.ndcg)}`,
);
const goals = [
  [`dev ≥ 0.92`, current.ndcg >= 0.92],
  [`filler within 0.02 of plain`, Math.abs(currentFiller.ndcg - current.ndcg) <= 0.02],
  [`both halves ≥ 0.88`, aToB.ndcg >= 0.88 && bToA.ndcg >= 0.88],
  ...(POSTGRES_ADMIN
    ? []
    : ([[`above the reference`, current.ndcg > reference.ndcg && currentFiller.ndcg > referenceFiller.ndcg]] as const)),
] as const;
console.log(`\nGoals: ${goals.map(([name, met]) => `${name} ${met ? "✓" : "✗"}`).join("   ")}`);
