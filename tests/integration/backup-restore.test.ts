import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { backupDatabase } from "../../app/cli/backup.server";
import { BEGIN_IMMEDIATE_ATTEMPTS, getDb, openDatabase, writeTransaction, type DB } from "../../app/db.server";
import { replyToThread } from "../../app/models/post.server";
import { createMember, createThread } from "../factories";
import { onPostgres } from "../support/database-file";

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tvaers` as the operator would, on the database the env names. */
function tvaers(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "app/cli/tvaers.ts", ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-backup-test-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function openReadOnly(file: string): SQLite.Database {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  cleanups.unshift(() => sqlite.close());
  return sqlite;
}

function integrity(sqlite: SQLite.Database): string {
  return sqlite.pragma("integrity_check", { simple: true }) as string;
}

function postBodies(sqlite: SQLite.Database): Map<number, string> {
  const rows = sqlite.prepare("select id, body_source from post").all() as { id: number; body_source: string }[];
  return new Map(rows.map((row) => [row.id, row.body_source]));
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

async function forumWithThread(title = "En tråd om skolevægring") {
  const author = await createMember();
  const { threadId } = await createThread({ authorId: author.id, municipalityId: author.municipality_id, title });
  return { author, threadId };
}

interface Acknowledged {
  id: number;
  body: string;
}

/**
 * Replies in a loop on its own connection, as the server would on the live
 * file, yielding to the event loop between commits; every reply is recorded
 * only after its commit returned.
 */
function keepReplying(db: DB, threadId: number, authorId: number) {
  const acknowledged: Acknowledged[] = [];
  let stopped = false;
  const done = (async () => {
    for (let n = 1; !stopped; n += 1) {
      const body = `Svar skrevet under backup, nummer ${n}`;
      const { postId } = await writeTransaction(db, (tx) =>
        replyToThread(tx, { threadId, authorId, body, createdAt: new Date().toISOString() }),
      );
      acknowledged.push({ id: postId, body });
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    acknowledged,
    stop: () => {
      stopped = true;
      return done;
    },
  };
}

// SQLite's page-by-page backup and BEGIN IMMEDIATE; on PostgreSQL `tvaers backup` is pg_dump (README, Drift).
describe.skipIf(onPostgres)("tvaers backup", () => {
  it("copies a consistent snapshot while another connection keeps writing, and restores it into a fresh data directory", async () => {
    const { author, threadId } = await forumWithThread();
    const livePath = process.env.DATABASE_PATH ?? "";
    const writer = openDatabase(livePath);
    cleanups.unshift(() => writer.sqlite.close());
    const replies = keepReplying(writer.db, threadId, author.id);
    await until(() => replies.acknowledged.length >= 20);

    const backupFile = path.join(tempDir(), "nightly", "tvaers-backup.sqlite");
    const ackedBeforeBackup = replies.acknowledged.slice();
    const backup = await tvaers(["backup", backupFile], { DATABASE_PATH: livePath });
    const ackedDuringBackup = replies.acknowledged.length - ackedBeforeBackup.length;
    await replies.stop();

    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .* to .*tvaers-backup\.sqlite \(\d+(\.\d)? KiB\)/);
    expect(backup.stdout).toMatch(/Integrity check: ok\. The backup holds 1 threads, \d+ posts and 1 members\./);
    // The writer was not held up while the other process copied the database.
    expect(ackedDuringBackup).toBeGreaterThan(0);

    const copy = openReadOnly(backupFile);
    expect(integrity(copy)).toBe("ok");
    const inBackup = postBodies(copy);
    for (const post of ackedBeforeBackup) expect(inBackup.get(post.id)).toBe(post.body);
    // One snapshot: the replies it holds are exactly the first k acknowledged, with no gaps.
    const replyCount = inBackup.size - 1;
    expect(replyCount).toBeGreaterThanOrEqual(ackedBeforeBackup.length);
    expect(replies.acknowledged.slice(0, replyCount).every((post) => inBackup.get(post.id) === post.body)).toBe(true);
    expect(copy.prepare("select reply_count from thread where id = ?").get(threadId)).toEqual({
      reply_count: replyCount,
    });

    const freshDir = tempDir();
    const restoredPath = path.join(freshDir, "tvaers.sqlite");
    const restore = await tvaers(["restore", backupFile], { DATA_DIR: freshDir, DATABASE_PATH: restoredPath });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`There was no database at ${restoredPath} to move aside.`);
    expect(restore.stdout).toContain(`Restored ${backupFile} to ${restoredPath}; no migrations were pending.`);
    const restored = openReadOnly(restoredPath);
    expect(integrity(restored)).toBe("ok");
    const inRestored = postBodies(restored);
    for (const post of ackedBeforeBackup) expect(inRestored.get(post.id)).toBe(post.body);
  });

  it("refuses to overwrite an existing file", async () => {
    const file = path.join(tempDir(), "exists.sqlite");
    fs.writeFileSync(file, "keep me");
    await expect(backupDatabase(getDb(), file)).rejects.toThrow(`${file} already exists`);
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  });
});

describe.skipIf(onPostgres)("tvaers restore", () => {
  /** A backup to restore, and a "current" database in its own data directory that holds one thread more. */
  async function backupAndNewerDatabase() {
    const { author } = await forumWithThread("Tråden fra før backuppen");
    const backupFile = path.join(tempDir(), "backup.sqlite");
    await backupDatabase(getDb(), backupFile);
    await createThread({
      authorId: author.id,
      municipalityId: author.municipality_id,
      title: "Tråden fra efter backuppen",
    });
    const dataDir = tempDir();
    const databasePath = path.join(dataDir, "tvaers.sqlite");
    await backupDatabase(getDb(), databasePath);
    return { backupFile, dataDir, databasePath, env: { DATA_DIR: dataDir, DATABASE_PATH: databasePath } };
  }

  const titles = (file: string) =>
    (openReadOnly(file).prepare("select title from thread order by id").all() as { title: string }[]).map(
      (row) => row.title,
    );

  it("refuses while the forum runs, and with --force swaps the database in and keeps the replaced one", async () => {
    const { backupFile, dataDir, databasePath, env } = await backupAndNewerDatabase();
    // This test process stands in for the running server.
    fs.writeFileSync(path.join(dataDir, "tvaers.pid"), `${process.pid}\n`);

    const refused = await tvaers(["restore", backupFile], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toEqual([
      `The forum is running (pid ${process.pid}, ${path.join(dataDir, "tvaers.pid")}); stop it first, or pass --force and restart it straight after.`,
    ]);
    expect(fs.readdirSync(dataDir).sort()).toEqual(["tvaers.pid", "tvaers.sqlite"]);

    const forced = await tvaers(["restore", backupFile, "--force"], env);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    const replacedPath = /Moved the previous database aside to (\S+) \(kept/.exec(forced.stdout)?.[1] ?? "";
    expect(replacedPath).toMatch(
      new RegExp(`^${databasePath.replace(/[.]/g, "\\.")}\\.replaced-\\d{4}-\\d\\d-\\d\\dT\\d{6}Z$`),
    );
    expect(forced.stdout).toContain(`is still running on the replaced database: restart it now`);
    expect(titles(replacedPath)).toEqual(["Tråden fra før backuppen", "Tråden fra efter backuppen"]);
    expect(titles(databasePath)).toEqual(["Tråden fra før backuppen"]);
    expect(integrity(openReadOnly(databasePath))).toBe("ok");
  });

  it("ignores a pid file left behind by a forum that is gone", async () => {
    const { backupFile, dataDir, databasePath, env } = await backupAndNewerDatabase();
    const exited = spawnSync(process.execPath, ["-e", ""]);
    fs.writeFileSync(path.join(dataDir, "tvaers.pid"), `${exited.pid}\n`);
    const restore = await tvaers(["restore", backupFile], env);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(titles(databasePath)).toEqual(["Tråden fra før backuppen"]);
  });

  it("refuses a corrupt file and a file that is not a database, and leaves the current database alone", async () => {
    const { backupFile, dataDir, databasePath, env } = await backupAndNewerDatabase();
    const corrupt = path.join(tempDir(), "corrupt.sqlite");
    const bytes = fs.readFileSync(backupFile);
    // Scribble over the b-tree pages after the schema page; the header stays valid, so SQLite opens the file.
    bytes.fill(0x5a, 4096 + 64, bytes.length - 4096);
    fs.writeFileSync(corrupt, bytes);
    const notDatabase = path.join(tempDir(), "notes.txt");
    fs.writeFileSync(notDatabase, "Referat fra netværksmødet\n".repeat(200));

    const refusedCorrupt = await tvaers(["restore", corrupt], env);
    expect(refusedCorrupt.code).toBe(1);
    expect(refusedCorrupt.stderr.trim().split("\n")).toHaveLength(1);
    expect(refusedCorrupt.stderr).toMatch(
      new RegExp(`^${corrupt.replace(/[.]/g, "\\.")} (failed the integrity check|is corrupt)`),
    );

    const refusedText = await tvaers(["restore", notDatabase], env);
    expect(refusedText.code).toBe(1);
    expect(refusedText.stderr).toBe(`${notDatabase} is not a SQLite database.\n`);

    expect(fs.readdirSync(dataDir)).toEqual(["tvaers.sqlite"]);
    expect(titles(databasePath)).toEqual(["Tråden fra før backuppen", "Tråden fra efter backuppen"]);
  });
});

describe.skipIf(onPostgres)("writeTransaction under contention", () => {
  /**
   * A connection with a 50 ms busy timeout whose BEGIN IMMEDIATE attempts are
   * counted, and a second connection holding the write lock.
   */
  function contention(onBusyBegin: (attempt: number) => void = () => {}) {
    const file = process.env.DATABASE_PATH ?? "";
    const waiting = openDatabase(file);
    waiting.sqlite.pragma("busy_timeout = 50");
    let begins = 0;
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: waiting.sqlite }),
      log: (event) => {
        if (event.query.sql !== "begin immediate") return;
        begins += 1;
        if (event.level === "error") onBusyBegin(begins);
      },
    });
    const holder = openDatabase(file);
    holder.sqlite.exec("begin immediate");
    const release = () => {
      if (holder.sqlite.inTransaction) holder.sqlite.exec("commit");
    };
    cleanups.unshift(() => {
      release();
      holder.sqlite.close();
      waiting.sqlite.close();
    });
    return { db, release, begins: () => begins };
  }

  it("retries BEGIN IMMEDIATE after the busy timeout and succeeds once the other writer lets go", async () => {
    const { author, threadId } = await forumWithThread();
    // The holder keeps the lock through the whole first attempt (50 ms of busy timeout), then commits.
    const { db, release, begins } = contention(() => release());
    const { postId } = await writeTransaction(db, (tx) =>
      replyToThread(tx, {
        threadId,
        authorId: author.id,
        body: "Skrevet mens en anden skrev",
        createdAt: new Date().toISOString(),
      }),
    );
    expect(begins()).toBe(2);
    expect(await getDb().selectFrom("post").select("body_source").where("id", "=", postId).executeTakeFirst()).toEqual({
      body_source: "Skrevet mens en anden skrev",
    });
  });

  it("gives up with SQLITE_BUSY after a bounded number of attempts, and the connection stays usable", async () => {
    const { author, threadId } = await forumWithThread();
    const { db, release, begins } = contention();
    let ran = false;
    const reply = (tx: DB) => {
      ran = true;
      return replyToThread(tx, {
        threadId,
        authorId: author.id,
        body: "Når låsen aldrig slipper",
        createdAt: new Date().toISOString(),
      });
    };
    await expect(writeTransaction(db, reply)).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    expect(begins()).toBe(BEGIN_IMMEDIATE_ATTEMPTS);
    expect(ran).toBe(false);

    release();
    await writeTransaction(db, reply);
    expect(ran).toBe(true);
  });
});
