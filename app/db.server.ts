import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from "kysely";
import { isPostgres } from "../db/dialect";
import type { Database } from "../db/schema";
import { openPostgres, writeTransactionPostgres, type OpenPostgres } from "./db-postgres.server";
import { getEnv } from "./env.server";
import { asStorageFault } from "./storage-fault.server";

/** The database, or a transaction on it: query functions take either first. */
export type DB = Kysely<Database>;

export interface OpenSqlite {
  dialect: "sqlite";
  db: DB;
  sqlite: SQLite.Database;
}

/** A database opened by location: a SQLite file path, or a postgres:// URL (issue 20). */
export type OpenDatabase = OpenSqlite | OpenPostgres;

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Opens a SQLite file with the settings every process of Tværs uses.
 * synchronous=FULL: each commit waits for the WAL to reach the disk, so an
 * acknowledged post survives a power cut, not just a crash (README, Decisions).
 */
export function openDatabase(filePath: string): OpenSqlite {
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
  // Deleted and overwritten content is zeroed rather than left in free space,
  // so redacted text and erased members do not outlive their rows in the file.
  sqlite.pragma("secure_delete = ON");
  registerTextFunctions(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { dialect: "sqlite", db, sqlite };
}

/**
 * contains_ignoring_case(value, text): whether `value` holds `text` in any
 * letter case, as JavaScript folds it. SQLite's own lower() and LIKE fold
 * only ASCII, so "Søren" would not find "SØREN"; redaction and erasure search
 * every stored text with this. The pattern of the last `text` is kept, as a
 * query passes the same one for every row.
 */
function registerTextFunctions(sqlite: SQLite.Database): void {
  let lastText: string | null = null;
  let lastPattern = /$^/u;
  sqlite.function("contains_ignoring_case", { deterministic: true }, (value: unknown, text: unknown) => {
    if (typeof value !== "string" || typeof text !== "string" || text === "") return 0;
    if (text !== lastText) {
      lastText = text;
      lastPattern = new RegExp(text.normalize("NFC").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu");
    }
    return lastPattern.test(value.normalize("NFC")) ? 1 : 0;
  });
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing cost about as much as running
 * the queries of a thread page. The application's queries are a fixed set of
 * SQL texts with bound parameters, so the statements are kept and reused,
 * least recently used out first (lists of ids of varying length make new
 * texts). Reuse is safe because all() and run() finish and reset the
 * statement before they return (we never use Kysely's stream(), whose open
 * iterator would keep a shared statement busy); SQLite re-prepares a kept
 * statement by itself after a schema change.
 */
function withStatementCache(sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(text: string): SqliteStatement {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

declare global {
  // One connection per process, shared by the Express server, the Remix
  // build and dev rebuilds, which would otherwise each open their own.
  var __tvaersDatabases: Map<string, OpenDatabase> | undefined;
}

function resolveLocation(location: string): string {
  return isPostgresUrl(location) ? location : path.resolve(location);
}

/** The process's one connection (SQLite) or pool (PostgreSQL) for `location`: a file path or a postgres:// URL. */
export function getDatabase(location: string): OpenDatabase {
  globalThis.__tvaersDatabases ??= new Map();
  const resolved = resolveLocation(location);
  let open = globalThis.__tvaersDatabases.get(resolved);
  if (!open) {
    open = isPostgresUrl(resolved) ? openPostgres(resolved, getEnv().DATABASE_POOL_MAX) : openDatabase(resolved);
    globalThis.__tvaersDatabases.set(resolved, open);
  }
  return open;
}

/** The SQLite connection for `location`, for what only a SQLite file has (checkpoints, backups by page). */
export function getSqlite(location: string): SQLite.Database | null {
  const open = getDatabase(location);
  return open.dialect === "sqlite" ? open.sqlite : null;
}

/** The process's SQLite database at `path`, for what is SQLite's alone (its tests, backups by page). */
export function getSqliteDatabase(path: string): OpenSqlite {
  const open = getDatabase(path);
  if (open.dialect !== "sqlite") throw new Error(`${path} is not a SQLite database`);
  return open;
}

export async function closeDatabase(location: string): Promise<void> {
  const resolved = resolveLocation(location);
  const open = globalThis.__tvaersDatabases?.get(resolved);
  if (!open) return;
  globalThis.__tvaersDatabases?.delete(resolved);
  await open.db.destroy();
}

/**
 * How often BEGIN IMMEDIATE is tried before SQLITE_BUSY reaches the caller.
 * Each try already waits up to busy_timeout (5 s) inside SQLite, and that wait
 * blocks this process (better-sqlite3 is synchronous). Within one server the
 * single connection never meets itself; the retries cover another process
 * holding the write lock for longer (a migration or a sqlite3 shell run by
 * hand, a checkpoint from `tvaers restore --force`). A backup only reads.
 */
export const BEGIN_IMMEDIATE_ATTEMPTS = 4;

function isBusy(error: unknown): boolean {
  // better-sqlite3 reports extended codes too (SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT …).
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** 25, 50, 100 ms … plus up to 25 ms of jitter, so two waiting processes do not retry in step. */
function backOff(attempt: number): Promise<void> {
  const ms = 25 * 2 ** (attempt - 1) + Math.random() * 25;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const busyAtBegin = Symbol("busy at begin");

/**
 * After SQLITE_FULL or an I/O error SQLite may already have rolled the
 * transaction back itself; ROLLBACK then fails with "cannot rollback - no
 * transaction is active", and throwing that would hide the error that
 * matters. The caller throws the original; a ROLLBACK that fails while a
 * transaction is still open is logged, since the next BEGIN will fail too.
 */
async function rollbackQuietly(connection: DB): Promise<void> {
  try {
    await sql`rollback`.execute(connection);
  } catch (rollbackError) {
    const message = rollbackError instanceof Error ? rollbackError.message : String(rollbackError);
    if (!/no transaction is active/i.test(message))
      console.error(`ROLLBACK failed after an error in a write transaction: ${message}`);
  }
}

/**
 * Runs `work` in one BEGIN IMMEDIATE transaction: the write lock is taken up
 * front, so two writers never deadlock half-way and SQLITE_BUSY can only
 * appear at BEGIN, where the busy timeout waits for the other writer. When
 * the timeout runs out, BEGIN is retried a bounded number of times; `work`
 * itself never runs twice. The connection is given back during the back-off,
 * so reads in this process are not held up by the wait. A full or read-only
 * disk reaches the caller as a StorageFaultError (app/storage-fault.server.ts).
 */
export async function writeTransaction<T>(db: DB, work: (tx: DB) => Promise<T>): Promise<T> {
  if (isPostgres(db)) return writeTransactionPostgres(db, work);
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await db.connection().execute(async (connection) => {
      try {
        await sql`begin immediate`.execute(connection);
      } catch (error) {
        if (isBusy(error) && attempt < BEGIN_IMMEDIATE_ATTEMPTS) return busyAtBegin;
        // A read-only database refuses BEGIN IMMEDIATE already.
        throw asStorageFault(error);
      }
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return { result };
      } catch (error) {
        await rollbackQuietly(connection);
        throw asStorageFault(error);
      }
    });
    if (outcome !== busyAtBegin) return outcome.result;
    await backOff(attempt);
  }
}

/**
 * Copies committed pages from the WAL into the database file every
 * `intervalMs`. SQLite's automatic checkpoint runs inside whichever commit
 * crosses 1,000 pages; a timer keeps the WAL short when the forum is quiet, so
 * a member's commit seldom pays for it. PASSIVE never waits for readers or
 * writers, so a busy moment only postpones it. The returned function stops
 * the timer and truncates the WAL to zero bytes, for a clean shutdown.
 */
export function startWalCheckpoints(sqlite: SQLite.Database, intervalMs: number): () => void {
  const timer = setInterval(() => {
    try {
      sqlite.pragma("wal_checkpoint(PASSIVE)");
    } catch (error) {
      console.error(`WAL checkpoint failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, intervalMs);
  // Never the reason the process stays alive.
  timer.unref();
  return () => {
    clearInterval(timer);
    if (!sqlite.open) return;
    try {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
    } catch (error) {
      console.error(`WAL checkpoint at shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export type DatabaseStats =
  { dialect: "sqlite" } | { dialect: "postgres"; pool: { max: number; open: number; idle: number; waiting: number } };

/** For /healthz: which database, and on PostgreSQL how this server's pool is doing. */
export function databaseStats(location: string): DatabaseStats {
  const open = getDatabase(location);
  if (open.dialect === "sqlite") return { dialect: "sqlite" };
  const { pool } = open;
  return {
    dialect: "postgres",
    pool: { max: pool.options.max ?? 10, open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount },
  };
}

/** The application's database: DATABASE_URL, else the SQLite file at DATABASE_PATH. */
export function getDb(): DB {
  return getDatabase(getEnv().DATABASE).db;
}
