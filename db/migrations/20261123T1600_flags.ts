import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A member's report of a post. Open while resolved_at is null; an open
  // personal-data flag hides the post from members until a moderator acts.
  await db.schema
    .createTable("post_flag")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("post_id", "integer", (c) => c.notNull().references("post.id"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("reason", "text", (c) => c.notNull().check(sql`reason in ('personal_data', 'inappropriate', 'off_topic', 'other')`))
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("resolved_by_id", "integer", (c) => c.references("member.id"))
    .addColumn("resolution", "text", (c) => c.check(sql`resolution in ('dismissed', 'hidden', 'redacted', 'warned')`))
    .modifyEnd(tableOptions(db))
    .execute();
  // One open flag per member per post, enforced by the database so a double click cannot slip past the check.
  await sql`create unique index post_flag_open_once on post_flag (post_id, member_id) where resolved_at is null`.execute(db);
  await sql`create index post_flag_open on post_flag (created_at, id) where resolved_at is null`.execute(db);

  // Posts a moderator has hidden; a row per hidden post, removed when it is shown again.
  await db.schema
    .createTable("post_hidden")
    .addColumn("post_id", "integer", (c) => c.primaryKey().references("post.id"))
    .addColumn("hidden_by_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("hidden_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  // A private note from a moderator to a post's author, shown on the author's profile.
  await db.schema
    .createTable("moderator_warning")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("post_id", "integer", (c) => c.references("post.id"))
    .addColumn("moderator_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("moderator_warning_member").on("moderator_warning").columns(["member_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("moderator_warning").execute();
  await db.schema.dropTable("post_hidden").execute();
  await db.schema.dropTable("post_flag").execute();
}
