import fs from "node:fs";
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase, isPostgresUrl, openDatabase } from "../db.server";
import { describeDatabase, EnvError, getEnv, type Env } from "../env.server";
import { migrateToLatest } from "../../db/migrate";
import { backupDatabase, CliError, formatBytes } from "./backup.server";
import { createFirstAdmin } from "./create-admin";
import { runImport, runReindex, runSearch } from "./search-commands.server";
import { restoreDatabase } from "./restore.server";
import { formatTableCounts, migrateToPostgres } from "./migrate-to-postgres.server";
import { backupPostgres, restorePostgres } from "./postgres-backup.server";

const usage = `Usage: npm run tvaers -- <command> [options]

Commands:
  create-admin --email EMAIL --municipality NAME [--region REGION] [--name DISPLAY_NAME]
      Creates the first administrator of an empty network and prints a one-time password.
  import FILE
      Imports an archive of past discussions (JSON, the format of shared/corpus/dev.json) in one transaction.
  search QUERY [--json] [--limit N]
      Searches like the search page; --json prints the API's shape.
  reindex
      Rebuilds the search index from the database, with a progress bar.
  migrate
      Applies pending migrations.
  backup FILE
      Writes a consistent copy of the database to FILE while the forum runs, and checks it.
  restore FILE [--force]
      Replaces the database with the backup FILE and keeps the replaced one beside it.
      Refuses while the forum runs, unless --force.
  migrate-to-postgres --from FILE --to URL
      Copies the SQLite forum FILE into the empty PostgreSQL database URL in one transaction,
      rebuilds the search index there and prints the rows of every table on both sides.

All commands use DATABASE_URL when set (PostgreSQL), else DATABASE_PATH (default
./data/tvaers.sqlite). create-admin applies pending migrations first; backup copies the
database as it is; restore migrates the restored copy. On PostgreSQL, backup and restore
are pg_dump and pg_restore (stop the app servers before a restore).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return command ? 0 : 2;
  }
  const env = getEnv();
  // Before the shared open-and-migrate below: a backup copies the database as it is, and a
  // restore must not open (or create) the database it is about to replace.
  if (command === "migrate-to-postgres") return moveToPostgres(rest);
  if (command === "backup") return backup(rest, env);
  if (command === "restore") return restore(rest, env);
  const { db } = getDatabase(env.DATABASE);
  try {
    await migrateToLatest(db);
    switch (command) {
      case "create-admin": {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: "string" },
            municipality: { type: "string" },
            region: { type: "string" },
            name: { type: "string" },
          },
        });
        if (!values.email || !values.municipality) {
          console.error("create-admin needs --email and --municipality\n\n" + usage);
          return 2;
        }
        const { password } = await createFirstAdmin(db, {
          email: values.email,
          municipality: values.municipality,
          region: values.region,
          name: values.name,
        });
        console.log(`Created administrator ${values.email.toLowerCase()} in ${describeDatabase(env)}.`);
        console.log(`One-time password: ${password}`);
        console.log("Sign in at /login and change the password on your profile page (/profil) straight away.");
        return 0;
      }
      case "migrate":
        console.log(`${describeDatabase(env)} is migrated.`);
        return 0;
      case "import": {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true });
        if (positionals.length !== 1 || !positionals[0]) {
          console.error("import needs exactly one FILE\n\n" + usage);
          return 2;
        }
        console.log(await runImport(db, positionals[0]));
        return 0;
      }
      case "search": {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { json: { type: "boolean" }, limit: { type: "string" } },
        });
        const limit = Number(values.limit ?? 10);
        if (positionals.length === 0 || !Number.isInteger(limit) || limit < 1 || limit > 100) {
          console.error("search needs a QUERY (and --limit between 1 and 100)\n\n" + usage);
          return 2;
        }
        console.log(await runSearch(positionals.join(" "), { json: values.json ?? false, limit }));
        return 0;
      }
      case "reindex":
        console.log(await runReindex(db));
        return 0;
      default:
        console.error(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } finally {
    await closeDatabase(env.DATABASE);
  }
}

async function moveToPostgres(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to || !isPostgresUrl(values.to)) {
    console.error("migrate-to-postgres needs --from SQLITE_FILE and --to postgres://…\n\n" + usage);
    return 2;
  }
  const counts = await migrateToPostgres({ from: values.from, to: values.to });
  console.log(`Copied ${values.from} to ${describeDatabase({ DATABASE: values.to })} and rebuilt its search index.`);
  console.log(formatTableCounts(counts));
  return counts.every((count) => count.sqlite === count.postgres) ? 0 : 1;
}

async function backup(args: string[], env: Env): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error("backup needs exactly one FILE\n\n" + usage);
    return 2;
  }
  if (env.DATABASE_URL) {
    const result = backupPostgres(env.DATABASE_URL, file);
    console.log(
      `Backed up ${describeDatabase(env)} with pg_dump to ${result.file} (${formatBytes(result.bytes)}, ${result.tables} tables; read back with pg_restore --list).`,
    );
    return 0;
  }
  // openDatabase would create an empty database where none exists; a backup of nothing is a mistake.
  if (!fs.existsSync(env.DATABASE_PATH))
    throw new CliError(`There is no database at ${env.DATABASE_PATH}; check DATABASE_PATH or DATA_DIR.`);
  const { db } = openDatabase(env.DATABASE_PATH);
  try {
    const result = await backupDatabase(db, file);
    console.log(`Backed up ${env.DATABASE_PATH} to ${result.file} (${formatBytes(result.bytes)}).`);
    console.log(
      `Integrity check: ok. The backup holds ${result.threads} threads, ${result.posts} posts and ${result.members} members.`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

async function restore(args: string[], env: Env): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error("restore needs exactly one FILE\n\n" + usage);
    return 2;
  }
  if (env.DATABASE_URL) {
    restorePostgres(env.DATABASE_URL, file);
    console.log(`Restored ${file} into ${describeDatabase(env)} with pg_restore (one transaction).`);
    return 0;
  }
  const result = await restoreDatabase({
    file,
    databasePath: env.DATABASE_PATH,
    dataDir: env.DATA_DIR,
    force: values.force,
  });
  const { checked } = result;
  console.log(
    `Checked ${result.file}: integrity ok, ${formatBytes(checked.bytes)}, ${checked.threads} threads, ${checked.posts} posts, ${checked.members} members.`,
  );
  console.log(
    result.replacedPath
      ? `Moved the previous database aside to ${result.replacedPath} (kept; delete it when no longer needed).`
      : `There was no database at ${result.databasePath} to move aside.`,
  );
  console.log(
    `Restored ${result.file} to ${result.databasePath}; ${result.applied.length ? `applied migrations ${result.applied.join(", ")}` : "no migrations were pending"}.`,
  );
  if (result.forcedPastPid !== null) {
    console.log(
      `The forum (pid ${result.forcedPastPid}) is still running on the replaced database: restart it now, or new posts go to the replaced file.`,
    );
  }
  return 0;
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
