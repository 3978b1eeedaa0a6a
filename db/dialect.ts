import {
  PostgresAdapter,
  sql,
  type ColumnDefinitionBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from "kysely";

/**
 * The few places where SQLite and PostgreSQL need different SQL, in one
 * module (issue 20). Everything else is portable Kysely. A query function
 * learns the dialect from the database or transaction it was given, so no
 * caller has to pass it along.
 */
export type DialectName = "sqlite" | "postgres";

// Any Kysely instance: models pass Kysely<Database>, migrations Kysely<any>.
type AnyDb = Pick<Kysely<any>, "getExecutor">;

export function dialectOf(db: AnyDb): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

export function isPostgres(db: AnyDb): boolean {
  return dialectOf(db) === "postgres";
}

/**
 * What ends CREATE TABLE: SQLite's STRICT (types are checked, as PostgreSQL
 * always does) and, for tables keyed by a composite primary key, WITHOUT
 * ROWID; PostgreSQL needs neither.
 */
export function tableOptions(db: AnyDb, options: { withoutRowid?: boolean } = {}): RawBuilder<unknown> {
  if (isPostgres(db)) return sql``;
  return options.withoutRowid ? sql`strict, without rowid` : sql`strict`;
}

/**
 * An integer primary key the database numbers itself: SQLite's INTEGER
 * PRIMARY KEY is the rowid and numbers itself; PostgreSQL needs an identity.
 * "By default" still lets a copy (migrate-to-postgres) keep the ids.
 */
export function idColumn(db: AnyDb) {
  return (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    isPostgres(db) ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey();
}

/** `column in (ids)` with one statement text for any number of ids, so prepared statements are reused. */
export function inIds(db: AnyDb, column: Expression<unknown>, ids: readonly number[]): RawBuilder<SqlBool> {
  if (isPostgres(db)) return sql<SqlBool>`${column} = any(${[...ids]}::integer[])`;
  return sql<SqlBool>`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** LIKE that ignores the case of ASCII letters, as SQLite's LIKE does and PostgreSQL's ILIKE does. */
export function likeIgnoringAsciiCase(db: AnyDb): "like" | "ilike" {
  return isPostgres(db) ? "ilike" : "like";
}

/** `column` equals `value` ignoring the case of ASCII letters (e-mail addresses), using each dialect's index. */
export function equalsIgnoringAsciiCase(db: AnyDb, column: string, value: string): RawBuilder<SqlBool> {
  if (isPostgres(db)) return sql<SqlBool>`lower(${sql.ref(column)}) = lower(${value})`;
  return sql<SqlBool>`${sql.ref(column)} = ${value} collate nocase`;
}

/** A JSON text column with `key` raised by one (missing counts as 1), for grouped notifications. */
export function jsonCountPlusOne(db: AnyDb, column: string, key: string): RawBuilder<string> {
  const ref = sql.ref(column);
  if (isPostgres(db))
    return sql<string>`jsonb_set(${ref}::jsonb, ${`{${key}}`}::text[], to_jsonb(coalesce((${ref}::jsonb ->> ${key})::integer, 1) + 1))::text`;
  const path = `$.${key}`;
  return sql<string>`json_set(${ref}, ${path}, coalesce(json_extract(${ref}, ${path}), 1) + 1)`;
}

/**
 * Whether this transaction now holds `id`'s row of an outbox table, claimed
 * so no other app server works on it: on PostgreSQL the row is locked FOR
 * UPDATE SKIP LOCKED until the transaction ends (a second server skips it; a
 * crash releases it), false when it is locked elsewhere or already gone. On
 * SQLite one process runs the workers (README, Decisions): true while the
 * row exists.
 */
export async function claimOutboxRow(
  tx: Kysely<any>,
  table: "mail_outbox" | "notify_event" | "search_outbox",
  id: number,
): Promise<boolean> {
  const row = isPostgres(tx)
    ? await sql`select id from ${sql.table(table)} where id = ${id} for update skip locked`.execute(tx)
    : await sql`select id from ${sql.table(table)} where id = ${id}`.execute(tx);
  return row.rows.length > 0;
}

/**
 * Locks a row for the rest of the transaction on PostgreSQL (FOR UPDATE),
 * where two app servers' writers could read it at the same moment before
 * either writes: a mentor's claim, a thread's accepted answer. SERIALIZABLE
 * would catch the race as well, by failing one of them; waiting for the lock
 * instead spares that retry. SQLite's one writer needs nothing.
 */
export async function lockRowForUpdate(tx: Kysely<any>, table: "thread", id: number): Promise<void> {
  if (isPostgres(tx)) await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(tx);
}
