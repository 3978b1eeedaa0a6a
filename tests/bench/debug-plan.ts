import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importArchive } from "../../app/cli/import-archive.server";
import { openDatabase } from "../../app/db.server";
import { planQuery } from "../../app/search/query-plan.server";
import { migrateToLatest } from "../../db/migrate";
const raw = fs.readFileSync("/work/shared/corpus/dev.json", "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-dbg-"));
const { db } = openDatabase(path.join(dir, "e.sqlite"));
await migrateToLatest(db);
await importArchive(db, raw);
import { sql } from "kysely";
for (const q of process.argv.slice(2)) { const p = await planQuery(db, q); console.log(q, p.match, p.didYouMean); const r = await sql`select rowid, bm25(thread_fts) b from thread_fts where thread_fts match ${p.match}`.execute(db); console.log(r.rows.length); }
console.log((await sql`select * from thread_fts_row where term like ${"lovl%"} or term like ${"sext%"}`.execute(db)).rows);
await db.destroy();
