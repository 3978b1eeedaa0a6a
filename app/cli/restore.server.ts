import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { migrations } from "../../db/migrations/index";
import { migrateToLatest } from "../../db/migrate";
import { openDatabase } from "../db.server";
import { checkDatabaseFile, CliError, fsyncPath, type DatabaseFileReport } from "./backup.server";

/** Written by the server while it runs (app/server/http.ts). */
export function pidFilePath(dataDir: string): string {
  return path.join(dataDir, "tvaers.pid");
}

/** The pid of the forum serving from `dataDir`, or null when none is running (a stale pid file is ignored). */
export function runningForumPid(dataDir: string): number | null {
  let text: string;
  try {
    text = fs.readFileSync(pidFilePath(dataDir), "utf8");
  } catch {
    return null;
  }
  const pid = Number(text.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    // Signal 0 delivers nothing; it only asks whether the process exists.
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it exists but belongs to another user, which still means a live forum.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

export interface RestoreInput {
  file: string;
  databasePath: string;
  dataDir: string;
  force: boolean;
}

export interface RestoreResult {
  file: string;
  databasePath: string;
  checked: DatabaseFileReport;
  /** Where the database that was in place now lives, or null when there was none. */
  replacedPath: string | null;
  /** Migrations applied to the restored copy (a backup from an older version). */
  applied: string[];
  /** The forum process that was running when --force was given. */
  forcedPastPid: number | null;
}

/**
 * Puts a backup in place of the live database. The file is checked before
 * anything is touched, then copied and migrated under a temporary name next
 * to the database, and only then swapped in: a backup that cannot be migrated
 * leaves the current database where it was. The replaced database is renamed,
 * never deleted.
 */
export async function restoreDatabase(input: RestoreInput): Promise<RestoreResult> {
  const file = path.resolve(input.file);
  const databasePath = path.resolve(input.databasePath);
  if (file === databasePath) throw new CliError(`${file} is the live database itself; restore from a backup file.`);
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) {
    // A raw copy of a live database: its newest commits sit in the WAL, which a file copy would leave behind.
    throw new CliError(`${file} has a -wal file beside it; restore a file made by "tvaers backup" instead.`);
  }
  const checked = checkDatabaseFile(file);
  const known = new Set(Object.keys(migrations));
  const unknown = checked.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new CliError(
      `${file} comes from a newer version of Tværs (unknown migration ${unknown[0]}); update the code first.`,
    );

  const pid = runningForumPid(input.dataDir);
  if (pid !== null && !input.force) {
    throw new CliError(
      `The forum is running (pid ${pid}, ${pidFilePath(input.dataDir)}); stop it first, or pass --force and restart it straight after.`,
    );
  }

  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const stamp = timestamp();
  const staged = `${databasePath}.restoring-${stamp}`;
  let applied: string[];
  try {
    fs.copyFileSync(file, staged, fs.constants.COPYFILE_EXCL);
    const { db } = openDatabase(staged);
    try {
      applied = await migrateToLatest(db);
    } finally {
      // Closing the only connection checkpoints the copy and removes its -wal and -shm.
      await db.destroy();
    }
    fsyncPath(staged);
  } catch (error) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(staged + suffix, { force: true });
    if (error instanceof CliError) throw error;
    throw new CliError(
      `Could not prepare ${file} for restore: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const replacedPath = moveAside(databasePath, stamp);
  fs.renameSync(staged, databasePath);
  fsyncPath(path.dirname(databasePath));
  return { file, databasePath, checked, replacedPath, applied, forcedPastPid: pid };
}

/**
 * Renames the database with its -wal and -shm to `<path>.replaced-<stamp>`,
 * keeping the same suffixes so SQLite opens the kept copy with its WAL. A
 * checkpoint first folds the WAL into the file when the database is readable;
 * when it is not (often the reason for a restore) the files move as they are.
 */
function moveAside(databasePath: string, stamp: string): string | null {
  if (!fs.existsSync(databasePath)) {
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(databasePath + suffix, { force: true });
    return null;
  }
  try {
    const sqlite = new SQLite(databasePath, { fileMustExist: true, timeout: 5000 });
    try {
      sqlite.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      sqlite.close();
    }
  } catch {
    // Unreadable or locked: keep the files exactly as found.
  }
  let target = `${databasePath}.replaced-${stamp}`;
  for (let n = 2; fs.existsSync(target); n += 1) target = `${databasePath}.replaced-${stamp}-${n}`;
  fs.renameSync(databasePath, target);
  for (const suffix of ["-wal", "-shm"]) {
    if (fs.existsSync(databasePath + suffix)) fs.renameSync(databasePath + suffix, target + suffix);
  }
  return target;
}

/** 2026-11-23T101500Z: sortable, and without the colons some file systems refuse. */
function timestamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "");
}
