import fs from "node:fs";
import { sql } from "kysely";
import { openDatabase } from "../db.server";
import { openPostgres } from "../db-postgres.server";
import { migrateToLatest } from "../../db/migrate";
import { migrations } from "../../db/migrations/index";
import { CliError } from "./backup.server";
import { rebuildIndex } from "../search/index.server";

/** Tables that are the search index's, rebuilt on the target rather than copied, and Kysely's own. */
const NOT_COPIED = new Set(["kysely_migration", "kysely_migration_lock", "post_search", "thread_search"]);
const BATCH = 500;

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

interface ForeignKey {
  child: string;
  column: string;
  parent: string;
  nullable: boolean;
}

/**
 * An order in which every table comes after the tables its required
 * (NOT NULL) references point at, and the nullable references that point
 * forward in it (thread.solution_post_id → post, while post.thread_id →
 * thread): those columns are copied empty and filled in at the end.
 */
function copyOrder(tables: string[], keys: ForeignKey[]): { order: string[]; deferred: ForeignKey[] } {
  const relevant = keys.filter(
    (key) => key.parent !== key.child && tables.includes(key.parent) && tables.includes(key.child),
  );
  const order: string[] = [];
  const placed = new Set<string>();
  const ready = (table: string, requiredOnly: boolean) =>
    relevant.every((key) => key.child !== table || placed.has(key.parent) || (requiredOnly && key.nullable));
  while (order.length < tables.length) {
    const waiting = tables.filter((table) => !placed.has(table));
    // Every reference placed if possible; else only the required ones, leaving nullable ones to fill in later.
    const next = waiting.find((table) => ready(table, false)) ?? waiting.find((table) => ready(table, true));
    if (!next)
      throw new CliError(`The tables ${waiting.join(", ")} require each other; they cannot be copied in order.`);
    placed.add(next);
    order.push(next);
  }
  const position = new Map(order.map((table, index) => [table, index]));
  const deferred = keys.filter(
    (key) =>
      key.nullable &&
      position.has(key.child) &&
      position.has(key.parent) &&
      (position.get(key.parent) ?? 0) >= (position.get(key.child) ?? 0),
  );
  return { order, deferred };
}

/**
 * `tvaers migrate-to-postgres --from FILE --to URL` (issue 20): copies a
 * SQLite forum, read as one snapshot while it may still run, into an empty
 * PostgreSQL database in one transaction, keeps every id (the identities
 * then continue after the highest), rebuilds the search index there and
 * answers the row count of every table on both sides. A target that already
 * holds a network is refused, and nothing is written to it.
 */
export async function migrateToPostgres(options: { from: string; to: string }): Promise<TableCount[]> {
  if (!fs.existsSync(options.from)) throw new CliError(`There is no SQLite database at ${options.from}.`);
  const source = openDatabase(options.from);
  const target = openPostgres(options.to, 4);
  try {
    const applied = new Set(
      (await sql<{ name: string }>`select name from kysely_migration`.execute(source.db)).rows.map((row) => row.name),
    );
    const pending = Object.keys(migrations).filter((name) => !applied.has(name));
    if (pending.length > 0)
      throw new CliError(
        `${options.from} lacks migrations ${pending.join(", ")}: run \`tvaers migrate\` on it (or start the forum once) first.`,
      );
    await migrateToLatest(target.db);
    const occupied = await sql<{ n: number }>`select (select count(*) from member) + (select count(*) from thread)
      + (select count(*) from municipality) as n`.execute(target.db);
    if (Number(occupied.rows[0]?.n ?? 0) > 0)
      throw new CliError(
        "The PostgreSQL database already holds a network; migrate-to-postgres only fills an empty one.",
      );

    const targetTables = (
      await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(target.db)
    ).rows
      .map((row) => row.name)
      .filter((name) => !NOT_COPIED.has(name));
    const sourceTables = new Set(
      source.sqlite.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[],
    );
    const tables = targetTables.filter((name) => sourceTables.has(name)).sort();
    const keys = (
      await sql<ForeignKey>`select cl.relname as child, a.attname as "column", pcl.relname as parent,
          not a.attnotnull as nullable
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_class pcl on pcl.oid = c.confrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and cl.relnamespace = current_schema()::regnamespace`.execute(target.db)
    ).rows;
    const { order, deferred } = copyOrder(tables, keys);

    // One snapshot of the source: a forum still running keeps writing to its WAL, not into this read.
    source.sqlite.prepare("begin").run();
    try {
      await target.db.transaction().execute(async (tx) => {
        // What the migrations wrote themselves (the synonym list, the app secret) gives way to the source's rows.
        for (const table of [...order].reverse()) await sql`delete from ${sql.table(table)}`.execute(tx);
        for (const table of order) {
          const later = deferred.filter((key) => key.child === table).map((key) => key.column);
          const select = source.sqlite.prepare(`select * from "${table}"`);
          let batch: Record<string, unknown>[] = [];
          const flush = async () => {
            if (batch.length > 0)
              await tx
                .insertInto(table as never)
                .values(batch as never)
                .execute();
            batch = [];
          };
          for (const row of select.iterate() as Iterable<Record<string, unknown>>) {
            const copy = { ...row };
            for (const column of later) copy[column] = null;
            batch.push(copy);
            if (batch.length >= BATCH) await flush();
          }
          await flush();
        }
        for (const key of deferred) {
          const rows = source.sqlite
            .prepare(
              `select rowid as id, "${key.column}" as value from "${key.child}" where "${key.column}" is not null`,
            )
            .all() as { id: number; value: unknown }[];
          for (const row of rows)
            await sql`update ${sql.table(key.child)} set ${sql.ref(key.column)} = ${row.value} where id = ${row.id}`.execute(
              tx,
            );
        }
        // Identities continue after the highest copied id.
        const identities = await sql<{ table_name: string; column_name: string }>`
          select table_name, column_name from information_schema.columns
          where table_schema = current_schema() and is_identity = 'YES'`.execute(tx);
        for (const { table_name, column_name } of identities.rows) {
          await sql`select setval(pg_get_serial_sequence(${table_name}, ${column_name}),
                    coalesce((select max(${sql.ref(column_name)}) from ${sql.table(table_name)}), 0) + 1, false)`.execute(
            tx,
          );
        }
      });
    } finally {
      source.sqlite.prepare("commit").run();
    }
    await rebuildIndex(target.db);

    const counts: TableCount[] = [];
    for (const table of tables) {
      const fromSqlite = source.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;
      const fromPostgres = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(target.db);
      counts.push({ table, sqlite: fromSqlite, postgres: Number(fromPostgres.rows[0]?.n ?? 0) });
    }
    return counts;
  } finally {
    await source.db.destroy();
    await target.db.destroy();
  }
}

/** The counts as the command prints them: one line per table, and whether every pair agrees. */
export function formatTableCounts(counts: TableCount[]): string {
  const width = Math.max(...counts.map((count) => count.table.length), 5);
  const lines = [`${"table".padEnd(width)}  ${"sqlite".padStart(8)}  ${"postgres".padStart(8)}`];
  for (const count of counts)
    lines.push(
      `${count.table.padEnd(width)}  ${String(count.sqlite).padStart(8)}  ${String(count.postgres).padStart(8)}${count.sqlite === count.postgres ? "" : "  DIFFERS"}`,
    );
  const differing = counts.filter((count) => count.sqlite !== count.postgres).length;
  lines.push(
    differing === 0 ? "Every table has the same number of rows on both sides." : `${differing} tables differ.`,
  );
  return lines.join("\n");
}
