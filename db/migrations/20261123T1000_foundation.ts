import { type Kysely, sql } from "kysely";
import { idColumn, isPostgres, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("municipality")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("joined_on", "text", (c) => c.notNull())
    .addColumn("experience_override", "text", (c) => c.check(sql`experience_override in ('newcomer', 'experienced')`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("member")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("municipality_id", "integer", (c) => c.notNull().references("municipality.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("profession", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().defaultTo("member").check(sql`role in ('member', 'moderator', 'admin')`))
    .addColumn("experience_override", "text", (c) => c.check(sql`experience_override in ('newcomer', 'experienced')`))
    .addColumn("password_hash", "text")
    .addColumn("disabled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  // E-mail addresses are unique whatever their letter case.
  if (isPostgres(db)) await sql`create unique index member_email_unique on member (lower(email))`.execute(db);
  else await sql`create unique index member_email_unique on member (email collate nocase)`.execute(db);
  await db.schema.createIndex("member_municipality").on("member").column("municipality_id").execute();

  await db.schema
    .createTable("category")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("thread")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("category_id", "integer", (c) => c.notNull().references("category.id"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("municipality_id", "integer", (c) => c.notNull().references("municipality.id"))
    .addColumn("track", "text", (c) => c.notNull().check(sql`track in ('newcomer', 'experienced', 'shared')`))
    .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reply_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_post_at", "text", (c) => c.notNull())
    .addColumn("last_post_author_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("thread_category_activity").on("thread").columns(["category_id", "last_post_at"]).execute();
  await db.schema.createIndex("thread_activity").on("thread").column("last_post_at").execute();
  await db.schema.createIndex("thread_track_activity").on("thread").columns(["track", "last_post_at"]).execute();
  await db.schema.createIndex("thread_author").on("thread").column("author_id").execute();
  await db.schema.createIndex("thread_municipality").on("thread").column("municipality_id").execute();

  await db.schema
    .createTable("post")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("thread_id", "integer", (c) => c.notNull().references("thread.id"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("body_source", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("post_thread").on("post").columns(["thread_id", "id"]).execute();
  await db.schema.createIndex("post_author").on("post").columns(["author_id", "created_at"]).execute();

  await db.schema
    .createTable("tag")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('case', 'theme')`))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("thread_tag")
    .addColumn("thread_id", "integer", (c) => c.notNull().references("thread.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tag.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("thread_tag_pk", ["thread_id", "tag_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();
  await db.schema.createIndex("thread_tag_tag").on("thread_tag").columns(["tag_id", "thread_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["thread_tag", "tag", "post", "thread", "category", "member", "municipality"]) {
    await db.schema.dropTable(table).execute();
  }
}
