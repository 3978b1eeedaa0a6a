import { sql } from "kysely";
import type { DB } from "../db.server";

/**
 * After a redaction or an erasure has committed: rewrites the database file
 * without free space that may still hold the text (secure_delete zeroes what
 * is deleted from now on, but pages freed before it was turned on were never
 * zeroed), then empties the WAL, whose older frames still hold the pages as
 * they were. Returns false when another connection kept the WAL from being
 * truncated.
 */
export async function purgeFreedPages(db: DB): Promise<boolean> {
  await sql`vacuum`.execute(db);
  const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return Number(result.rows[0]?.busy ?? 1) === 0;
}
