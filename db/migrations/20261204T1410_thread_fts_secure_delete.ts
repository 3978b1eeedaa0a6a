import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // As 20261204T1105 did for post_fts: a thread document rewritten after a
  // redaction or a hidden post must lose the old tokens at once, not at the
  // next merge, so the words leave the file.
  // FTS5 only; PostgreSQL's tsvector rows hold no old text once updated (VACUUM frees the tuples).
  if (isPostgres(db)) return;
  await sql`insert into thread_fts(thread_fts, rank) values ('secure-delete', 1)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`insert into thread_fts(thread_fts, rank) values ('secure-delete', 0)`.execute(db);
}
