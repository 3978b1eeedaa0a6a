import fs from "node:fs";
import { sql } from "kysely";
import { getDb } from "../../app/db.server";
import { isPostgres } from "../../db/dialect";

/** Whether this run's database is PostgreSQL (TEST_POSTGRES_URL, see tests/setup/integration.ts). */
export const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

/**
 * What the database holds, for "is it gone" checks. SQLite: the file's bytes
 * as they lie on disk, the main file and its write-ahead log. PostgreSQL: the
 * server's files are not the test's to read, so every row of every table,
 * as text, after the purge's VACUUM FULL has dropped old row versions.
 */
export async function storedDatabaseBytes(): Promise<Buffer> {
  const db = getDb();
  if (isPostgres(db)) {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
    const parts: string[] = [];
    for (const { name } of tables.rows) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} as t`.execute(db);
      for (const { row } of rows.rows) parts.push(row);
    }
    return Buffer.from(parts.join("\n"));
  }
  const file = process.env.DATABASE_PATH ?? "";
  const parts = [fs.readFileSync(file)];
  if (fs.existsSync(`${file}-wal`)) parts.push(fs.readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}

/** SQLite: copies the WAL into the file, so the file holds what was written. PostgreSQL: nothing to do. */
export async function checkpointDatabase(): Promise<void> {
  const db = getDb();
  if (!isPostgres(db)) await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

/** Every term in the search index's vocabulary (FTS5's post_fts, or PostgreSQL's thread documents). */
export async function searchIndexTerms(): Promise<string[]> {
  const db = getDb();
  if (isPostgres(db)) {
    const { rows } = await sql<{ term: string }>`
      select distinct unnest(tsvector_to_array(document)) as term from thread_search`.execute(db);
    return rows.map((row) => row.term);
  }
  await sql`create virtual table temp.index_vocab using fts5vocab(main, 'post_fts', 'row')`.execute(db);
  try {
    const { rows } = await sql<{ term: string }>`select term from temp.index_vocab`.execute(db);
    return rows.map((row) => row.term);
  } finally {
    await sql`drop table temp.index_vocab`.execute(db);
  }
}

/** How many posts the search index holds (post_fts rows, or PostgreSQL's post_search rows). */
export async function indexedPostCount(): Promise<number> {
  const db = getDb();
  const { rows } = isPostgres(db)
    ? await sql<{ n: number }>`select count(*) as n from post_search`.execute(db)
    : await sql<{ n: number }>`select count(*) as n from post_fts`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
