import type { Kysely } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per post change waiting to reach Meilisearch, written in the same
  // transaction as the change. No foreign keys: a row must outlive whatever
  // happens to its post, and thread_id (copied at enqueue time) still names the
  // search document to re-send if the post row itself is ever removed.
  await db.schema
    .createTable("search_outbox")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("post_id", "integer", (c) => c.notNull())
    .addColumn("thread_id", "integer", (c) => c.notNull())
    .addColumn("enqueued_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("search_outbox_due").on("search_outbox").columns(["next_attempt_at", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("search_outbox").execute();
}
