import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

/**
 * PostgreSQL's search documents (issue 20); SQLite keeps its FTS5 tables.
 * post_search holds each visible post's analysed text (the same Danish stems
 * FTS5 stores), thread_search the thread as one document: title and tag
 * labels weighted A, the posts' text D, in a tsvector of the `simple`
 * configuration (the text is analysed in JavaScript already, so PostgreSQL
 * must not stem it again), with a GIN index for matching.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema
    .createTable("post_search")
    .addColumn("post_id", "integer", (c) => c.primaryKey().references("post.id").onDelete("cascade"))
    .addColumn("thread_id", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("post_search_thread").on("post_search").columns(["thread_id", "post_id"]).execute();
  await db.schema
    .createTable("thread_search")
    .addColumn("thread_id", "integer", (c) => c.primaryKey().references("thread.id").onDelete("cascade"))
    .addColumn("document", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index thread_search_document on thread_search using gin (document)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await db.schema.dropTable("thread_search").execute();
  await db.schema.dropTable("post_search").execute();
}
