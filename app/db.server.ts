import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database } from "../db/schema";
import { getEnv } from "./env.server";

/** The database, or a transaction on it: query functions take either first. */
export type DB = Kysely<Database>;

interface OpenDatabase {
  db: DB;
  sqlite: SQLite.Database;
}

/**
 * Opens a SQLite file with the settings every process of Tværs uses.
 * synchronous=FULL: each commit waits for the WAL to reach the disk, so an
 * acknowledged post survives a power cut, not just a crash (README, Decisions).
 */
export function openDatabase(filePath: string): OpenDatabase {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new SQLite(filePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("cache_size = -16000");
  // Keeps the WAL from growing without bound between automatic checkpoints.
  sqlite.pragma("journal_size_limit = 67108864");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, sqlite };
}

declare global {
  // One connection per process, shared by the Express server, the Remix
  // build and dev rebuilds, which would otherwise each open their own.
  var __tvaersDatabases: Map<string, OpenDatabase> | undefined;
}

export function getDatabase(filePath: string): OpenDatabase {
  globalThis.__tvaersDatabases ??= new Map();
  const resolved = path.resolve(filePath);
  let open = globalThis.__tvaersDatabases.get(resolved);
  if (!open) {
    open = openDatabase(resolved);
    globalThis.__tvaersDatabases.set(resolved, open);
  }
  return open;
}

export async function closeDatabase(filePath: string): Promise<void> {
  const resolved = path.resolve(filePath);
  const open = globalThis.__tvaersDatabases?.get(resolved);
  if (!open) return;
  globalThis.__tvaersDatabases?.delete(resolved);
  await open.db.destroy();
}

/**
 * Runs `work` in one BEGIN IMMEDIATE transaction: the write lock is taken up
 * front, so two writers never deadlock half-way and SQLITE_BUSY can only
 * appear at BEGIN, where the busy timeout waits for the other writer.
 */
export async function writeTransaction<T>(db: DB, work: (tx: DB) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

/** The application's database, from DATABASE_PATH. */
export function getDb(): DB {
  return getDatabase(getEnv().DATABASE_PATH).db;
}
