import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Without it, FTS5 deletes a row's tokens by writing a "delete" marker and
  // leaves the old tokens in their segment until a merge: the words of a
  // hidden or edited post stay in the file. With it, they are removed at once
  // (the setting is stored in post_fts_config and holds for every connection).
  // FTS5 only; PostgreSQL's tsvector rows hold no old text once updated (VACUUM frees the tuples).
  if (isPostgres(db)) return;
  await sql`insert into post_fts(post_fts, rank) values ('secure-delete', 1)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`insert into post_fts(post_fts, rank) values ('secure-delete', 0)`.execute(db);
}
