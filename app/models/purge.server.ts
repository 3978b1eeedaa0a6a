import { sql } from "kysely";
import type { DB } from "../db.server";
import { isPostgres } from "../../db/dialect";

/**
 * PostgreSQL keeps an updated or deleted row's old version until VACUUM;
 * VACUUM FULL rewrites the tables, so no page keeps the text, and a
 * CHECKPOINT lets the WAL segments that still hold it be recycled (it needs
 * the pg_checkpoint role; without it the segments go at the next automatic
 * checkpoint, and this answers false).
 */
async function purgeFreedPostgres(db: DB): Promise<boolean> {
  await sql`vacuum full`.execute(db);
  try {
    await sql`checkpoint`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/**
 * After a redaction or an erasure has committed: rewrites the database file
 * without free space that may still hold the text (secure_delete zeroes what
 * is deleted from now on, but pages freed before it was turned on were never
 * zeroed), then empties the WAL, whose older frames still hold the pages as
 * they were. Returns false when another connection kept the WAL from being
 * truncated.
 */
export async function purgeFreedPages(db: DB): Promise<boolean> {
  if (isPostgres(db)) return purgeFreedPostgres(db);
  await sql`vacuum`.execute(db);
  const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return Number(result.rows[0]?.busy ?? 1) === 0;
}
