import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CliError } from "./backup.server";

/** PostgreSQL's own client tools: on PATH, or in Debian's versioned folder. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const onPath = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (onPath) return onPath;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(root, version, "bin", name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new CliError(`${name} was not found: install PostgreSQL's client tools (Debian: postgresql-client).`);
}

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0)
    throw new CliError(`${path.basename(tool)} failed: ${(result.stderr || result.stdout || "").trim()}`);
  return result.stdout;
}

/**
 * `tvaers backup FILE` on PostgreSQL: pg_dump's custom format, one
 * consistent snapshot while the servers keep running (pg_dump reads in one
 * repeatable-read transaction), then read back with pg_restore --list.
 */
export function backupPostgres(url: string, file: string): { file: string; bytes: number; tables: number } {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new CliError(`${target} exists already; choose a new file name.`);
  run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--file", target, "--dbname", url]);
  const listing = run(pgTool("pg_restore"), ["--list", target]);
  const tables = listing.split("\n").filter((line) => / TABLE DATA /.test(line)).length;
  if (tables === 0) throw new CliError(`${target} holds no table data; the backup is not usable.`);
  return { file: target, bytes: fs.statSync(target).size, tables };
}

/**
 * `tvaers restore FILE` on PostgreSQL: pg_restore into the database in one
 * transaction, dropping what is there first (--clean). Stop the app servers
 * first: they would keep writing into the database being replaced.
 */
export function restorePostgres(url: string, file: string): void {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new CliError(`There is no backup at ${source}.`);
  run(pgTool("pg_restore"), ["--list", source]);
  run(pgTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, source]);
}
