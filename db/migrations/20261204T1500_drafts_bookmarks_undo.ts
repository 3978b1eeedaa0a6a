import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A member's unsent text: one reply draft per thread, one new-thread draft ("ny") per member.
  // draft_key is "ny" or "traad:<id>" because SQLite's unique index treats NULL thread ids as distinct.
  await db.schema
    .createTable("draft")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("draft_key", "text", (c) => c.notNull())
    .addColumn("thread_id", "integer", (c) => c.references("thread.id").onDelete("cascade"))
    .addColumn("category_id", "integer", (c) => c.references("category.id").onDelete("set null"))
    .addColumn("title", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await sql`create unique index draft_member_key on draft (member_id, draft_key)`.execute(db);

  // A member's saved post ("Gem").
  await db.schema
    .createTable("bookmark")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("post_id", "integer", (c) => c.notNull().references("post.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("bookmark_pk", ["member_id", "post_id"])
    .modifyEnd(tableOptions(db))
    .execute();

  // Who deleted a post, so only they can take it back ("Fortryd") for a while.
  await sql`alter table post add column deleted_by_id integer references member(id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("post").dropColumn("deleted_by_id").execute();
  await db.schema.dropTable("bookmark").execute();
  await db.schema.dropTable("draft").execute();
}
