import type { Kysely } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("post").addColumn("deleted_at", "text").execute();
  await db.schema.alterTable("post").addColumn("helpful_count", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("thread").addColumn("solution_post_id", "integer", (c) => c.references("post.id")).execute();
  await db.schema.alterTable("thread").addColumn("helpful_count", "integer", (c) => c.notNull().defaultTo(0)).execute();

  // Every edit keeps what was there before: who changed it, when, and the previous text.
  await db.schema
    .createTable("post_revision")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("post_id", "integer", (c) => c.notNull().references("post.id"))
    .addColumn("editor_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("body_source", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("tags", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("post_revision_post").on("post_revision").columns(["post_id", "id"]).execute();

  await db.schema
    .createTable("helpful_mark")
    .addColumn("post_id", "integer", (c) => c.notNull().references("post.id"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("helpful_mark_pk", ["post_id", "member_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("helpful_mark").execute();
  await db.schema.dropTable("post_revision").execute();
  await db.schema.alterTable("thread").dropColumn("helpful_count").execute();
  await db.schema.alterTable("thread").dropColumn("solution_post_id").execute();
  await db.schema.alterTable("post").dropColumn("helpful_count").execute();
  await db.schema.alterTable("post").dropColumn("deleted_at").execute();
}
