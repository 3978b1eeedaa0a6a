/**
 * npm run search:eval -- FILE: imports FILE (the dev.json format) into a fresh
 * temporary database and prints nDCG@10, recall@10 and MRR over its queries,
 * searched through the same code as the search page.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importArchive } from "../../app/cli/import-archive.server";
import { openDatabase } from "../../app/db.server";
import { searchFts5 } from "../../app/search/fts5-search.server";
import { readSearchRequest } from "../../app/search/search-request";
import { migrateToLatest } from "../../db/migrate";

interface EvalQuery {
  q: string;
  relevant: Record<string, number>;
}

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run search:eval -- FILE");
  process.exit(2);
}
const raw = fs.readFileSync(file, "utf8");
const queries = (JSON.parse(raw) as { queries?: EvalQuery[] }).queries ?? [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-eval-"));
const { db } = openDatabase(path.join(dir, "eval.sqlite"));
await migrateToLatest(db);
const imported = await importArchive(db, raw);
const toArchiveId = new Map([...imported.threadIds].map(([archiveId, threadId]) => [threadId, archiveId]));

const K = 10;
const dcg = (gains: number[]) => gains.reduce((sum, gain, i) => sum + (2 ** gain - 1) / Math.log2(i + 2), 0);
let ndcgSum = 0;
let recallSum = 0;
let mrrSum = 0;
console.log(`${imported.threads} threads, ${imported.posts} posts, ${queries.length} queries\n`);
for (const query of queries) {
  const response = await searchFts5(db, { ...readSearchRequest(new URLSearchParams({ q: query.q })), perPage: K });
  const ranked = response.results.map((hit) => toArchiveId.get(hit.threadId) ?? "");
  const gains = ranked.map((id) => query.relevant[id] ?? 0);
  const ideal = Object.values(query.relevant).sort((a, b) => b - a).slice(0, K);
  const ndcg = dcg(ideal) > 0 ? dcg(gains) / dcg(ideal) : 0;
  const relevantIds = Object.keys(query.relevant).filter((id) => (query.relevant[id] ?? 0) > 0);
  const recall = relevantIds.length ? relevantIds.filter((id) => ranked.includes(id)).length / relevantIds.length : 0;
  const firstHit = gains.findIndex((gain) => gain > 0);
  const mrr = firstHit >= 0 ? 1 / (firstHit + 1) : 0;
  ndcgSum += ndcg;
  recallSum += recall;
  mrrSum += mrr;
  console.log(`${ndcg.toFixed(2)}  ${recall.toFixed(2)}  ${mrr.toFixed(2)}  ${query.q}${response.didYouMean ? `  (mente du: ${response.didYouMean})` : ""}  → ${ranked.slice(0, 3).join(" ")}`);
}
const n = Math.max(1, queries.length);
console.log(`\nnDCG@10 ${(ndcgSum / n).toFixed(3)}   recall@10 ${(recallSum / n).toFixed(3)}   MRR ${(mrrSum / n).toFixed(3)}`);
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
