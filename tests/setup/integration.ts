import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach } from "vitest";

// Must run before any app module reads the environment: each worker gets its own database file.
const workerDir = fs.mkdtempSync(path.join(os.tmpdir(), `tvaers-test-${process.env.VITEST_POOL_ID ?? "0"}-`));
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

beforeAll(async () => {
  const { openDatabase } = await import("../../app/db.server");
  const { migrateToLatest } = await import("../../db/migrate");
  const { db, sqlite } = openDatabase(templatePath);
  await migrateToLatest(db);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  await db.destroy();
});

// A fresh copy of the migrated template before every test; the app reopens it lazily.
beforeEach(async () => {
  const { closeDatabase } = await import("../../app/db.server");
  await closeDatabase(databasePath);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(databasePath + suffix, { force: true });
  fs.copyFileSync(templatePath, databasePath);
});

afterAll(async () => {
  const { closeDatabase } = await import("../../app/db.server");
  await closeDatabase(databasePath);
  fs.rmSync(workerDir, { recursive: true, force: true });
});
