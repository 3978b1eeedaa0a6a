import { type Kysely, sql } from "kysely";
import { isPostgres, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // The thread as one search document (rowid = thread.id): its title, its tag
  // labels and the text of its visible posts, analysed as post_fts is. FTS5
  // keeps the document count and column lengths as rows are written, so BM25
  // over threads needs no statistics at query time.
  if (!isPostgres(db)) {
    await sql`create virtual table thread_fts using fts5(title, tags, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
    // How many threads hold each term: chooses which words bound a query.
    await sql`create virtual table thread_fts_row using fts5vocab(thread_fts, row)`.execute(db);
  }
  // Similar threads, worked out when a thread's title or tags are written, so the thread page only reads them.
  await db.schema
    .createTable("thread_similar")
    .addColumn("thread_id", "integer", (c) => c.primaryKey().references("thread.id").onDelete("cascade"))
    .addColumn("similar_ids", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  // Filled by ensureSearchIndex on the next start, which rebuilds post_fts with it (the stemming changed too).
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("thread_similar").execute();
  if (isPostgres(db)) return;
  await sql`drop table thread_fts_row`.execute(db);
  await sql`drop table thread_fts`.execute(db);
}
