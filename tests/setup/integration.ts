import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";

// Must run before any app module reads the environment: each worker gets its own database.
const pool = process.env.VITEST_POOL_ID ?? "0";
const workerDir = fs.mkdtempSync(path.join(os.tmpdir(), `tvaers-test-${pool}-`));
const databasePath = path.join(workerDir, "test.sqlite");
const templatePath = path.join(workerDir, "template.sqlite");
process.env.DATA_DIR = workerDir;
process.env.DATABASE_PATH = databasePath;
process.env.NODE_ENV = "test";
process.env.SEED_DEMO = "false";
// Tests post many times a second as one member; the flood limits are tested with explicit limits.
process.env.POSTING_MIN_INTERVAL_SECONDS = "0";
process.env.POSTING_DUPLICATE_MINUTES = "0";
process.env.POSTING_MAX_THREADS_PER_DAY = "10000";

/**
 * TEST_POSTGRES_URL (a server's maintenance database, e.g.
 * postgres://tvaers@127.0.0.1:55432/postgres) runs the suite on PostgreSQL:
 * each worker migrates a template database once and copies it before every
 * test, as the SQLite run copies a template file.
 */
const postgresAdminUrl = process.env.TEST_POSTGRES_URL;
const suffix = `${pool}_${process.pid}`;
const postgresTemplate = `tvaers_template_${suffix}`;
const postgresDatabase = `tvaers_test_${suffix}`;
function postgresUrl(database: string): string {
  const url = new URL(postgresAdminUrl ?? "");
  url.pathname = `/${database}`;
  return url.toString();
}
if (postgresAdminUrl) process.env.DATABASE_URL = postgresUrl(postgresDatabase);

async function onPostgresServer(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const { openDatabase } = await import("../../app/db.server");
  const { migrateToLatest } = await import("../../db/migrate");
  if (postgresAdminUrl) {
    const { openPostgres } = await import("../../app/db-postgres.server");
    await onPostgresServer([
      `drop database if exists ${postgresTemplate} with (force)`,
      `create database ${postgresTemplate}`,
    ]);
    const { db } = openPostgres(postgresUrl(postgresTemplate), 1);
    await migrateToLatest(db);
    await db.destroy();
    return;
  }
  const { db, sqlite } = openDatabase(templatePath);
  await migrateToLatest(db);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  await db.destroy();
});

// A fresh copy of the migrated template before every test; the app reopens it lazily.
beforeEach(async () => {
  const { closeDatabase } = await import("../../app/db.server");
  if (postgresAdminUrl) {
    await closeDatabase(postgresUrl(postgresDatabase));
    await onPostgresServer([
      `drop database if exists ${postgresDatabase} with (force)`,
      `create database ${postgresDatabase} template ${postgresTemplate}`,
    ]);
    return;
  }
  await closeDatabase(databasePath);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databasePath + suffix, { force: true });
  fs.copyFileSync(templatePath, databasePath);
});

afterAll(async () => {
  const { closeDatabase } = await import("../../app/db.server");
  if (postgresAdminUrl) {
    await closeDatabase(postgresUrl(postgresDatabase));
    await onPostgresServer([
      `drop database if exists ${postgresDatabase} with (force)`,
      `drop database if exists ${postgresTemplate} with (force)`,
    ]);
  } else {
    await closeDatabase(databasePath);
  }
  fs.rmSync(workerDir, { recursive: true, force: true });
});
