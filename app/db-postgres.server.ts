import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "../db/schema";
import { asStorageFault } from "./storage-fault.server";

type DB = Kysely<Database>;

export interface OpenPostgres {
  dialect: "postgres";
  db: DB;
  pool: pg.Pool;
}

// COUNT(*) and SUM() of integers answer bigint, which pg hands over as a
// string so that no precision is lost; every count here fits a JavaScript
// number by far, and the SQLite driver answers numbers, so both dialects
// give the models the same types. NUMERIC (AVG) likewise.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** A pool of `max` connections to the PostgreSQL database at `url`. */
export function openPostgres(url: string, max: number): OpenPostgres {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "tvaers" });
  // An idle connection the server closes (a restart, a failover) must not take the process down.
  pool.on("error", (error) => console.error(`PostgreSQL pool: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { dialect: "postgres", db, pool };
}

/** How often a serialization failure or deadlock is retried before it reaches the caller. */
export const SERIALIZABLE_ATTEMPTS = 12;

// 40001 serialization_failure, 40P01 deadlock_detected: the transaction was
// rolled back as a whole and running it again is the documented answer.
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "40001" || code === "40P01";
}

/** 5, 10, 20 … ms, at most 320, with as much again of jitter, so the writers that collided do not meet again. */
function backOff(attempt: number): Promise<void> {
  const base = Math.min(320, 5 * 2 ** (attempt - 1));
  const ms = base + Math.random() * base;
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One SERIALIZABLE transaction per action: PostgreSQL then guarantees what
 * SQLite's single writer gave for free, that the outcome is as if the
 * actions ran one after another, so a read-then-write (a claim, a solution,
 * a counter) cannot interleave with another server's. When PostgreSQL
 * detects that it could not keep that promise it aborts one transaction with
 * 40001; the whole of `work` runs again then, which is why `work` only
 * touches the database (and idempotent in-process caches).
 */
export async function writeTransactionPostgres<T>(db: DB, work: (tx: DB) => Promise<T>): Promise<T> {
  // Already inside one (an outbox claim's): the work joins it.
  if (db.isTransaction) return work(db);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().setIsolationLevel("serializable").execute(work);
    } catch (error) {
      if (isRetryable(error) && attempt < SERIALIZABLE_ATTEMPTS) {
        await backOff(attempt);
        continue;
      }
      throw asStorageFault(error);
    }
  }
}

/**
 * Runs `work` while holding a session-level advisory lock on its own
 * connection: two app servers starting at once on an empty database must not
 * both seed it or both build its search index. (Kysely's migrator already
 * takes a transaction-level advisory lock of its own around the migrations.)
 */
export async function withAdvisoryLock<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext($1))", [name]);
    try {
      return await work();
    } finally {
      await client.query("select pg_advisory_unlock(hashtext($1))", [name]);
    }
  } finally {
    client.release();
  }
}
