import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { DB } from "../db.server";

/** A refusal or failure of an operator command: one English line, exit code 1. */
export class CliError extends Error {}

export interface DatabaseFileReport {
  bytes: number;
  threads: number;
  posts: number;
  members: number;
  /** Names from kysely_migration, oldest first. */
  migrations: string[];
}

/**
 * Opens a database file read-only and proves it whole: PRAGMA integrity_check
 * must answer "ok", and the forum's tables must be there. Throws a CliError
 * naming the file otherwise. Used on every backup made and every file restored.
 */
export function checkDatabaseFile(file: string): DatabaseFileReport {
  if (!fs.existsSync(file)) throw new CliError(`${file} does not exist.`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new CliError(`${file} is not a file.`);
  let sqlite: SQLite.Database | undefined;
  try {
    const open = new SQLite(file, { readonly: true, fileMustExist: true });
    sqlite = open;
    const problems = (open.pragma("integrity_check") as { integrity_check: string }[]).map(
      (row) => row.integrity_check,
    );
    if (problems.length !== 1 || problems[0] !== "ok") {
      throw new CliError(
        `${file} failed the integrity check: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ""}.`,
      );
    }
    const tables = new Set(
      (open.prepare("select name from sqlite_schema where type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
    const missing = ["kysely_migration", "member", "thread", "post"].filter((table) => !tables.has(table));
    if (missing.length > 0)
      throw new CliError(`${file} is a SQLite database but not a Tværs database (no ${missing.join(", ")} table).`);
    const count = (table: "thread" | "post" | "member") =>
      Number((open.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n);
    const migrations = (
      open.prepare("select name from kysely_migration order by name").all() as { name: string }[]
    ).map((row) => row.name);
    return { bytes: stat.size, threads: count("thread"), posts: count("post"), members: count("member"), migrations };
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_NOTADB") throw new CliError(`${file} is not a SQLite database.`);
    if (typeof code === "string" && code.startsWith("SQLITE_CORRUPT"))
      throw new CliError(`${file} is corrupt: ${(error as Error).message}.`);
    throw new CliError(
      `${file} could not be read as a database: ${error instanceof Error ? error.message : String(error)}.`,
    );
  } finally {
    sqlite?.close();
  }
}

export interface BackupResult extends DatabaseFileReport {
  file: string;
}

/**
 * Writes a consistent copy of the live database to `target` with VACUUM INTO.
 * It reads one snapshot, like any reader in WAL mode, so the forum keeps
 * serving and writing meanwhile; the copy is compact and self-contained (no
 * -wal file). It is written under a temporary name and only renamed to
 * `target` once it is on disk and has passed the integrity check, so a
 * failed run never leaves a half-written file where a backup is expected.
 */
export async function backupDatabase(db: DB, target: string): Promise<BackupResult> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new CliError(`${file} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  fs.rmSync(partial, { force: true });
  try {
    await sql`vacuum into ${partial}`.execute(db);
    fsyncPath(partial);
    const report = checkDatabaseFile(partial);
    if (fs.existsSync(file)) throw new CliError(`${file} appeared while the backup ran; the backup was not kept.`);
    fs.renameSync(partial, file);
    fsyncPath(path.dirname(file));
    return { file, ...report };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/** Flushes a file or directory to disk: VACUUM INTO does not sync its output. */
export function fsyncPath(target: string): void {
  const fd = fs.openSync(target, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
