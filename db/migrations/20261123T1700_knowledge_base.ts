import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("knowledge_article")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary_source", "text", (c) => c.notNull())
    // Rendered and sanitised at write time, like posts (README, Decisions).
    .addColumn("summary_html", "text", (c) => c.notNull())
    // A JSON array of strings: the points are always read and written together.
    .addColumn("key_points", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("owner_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("review_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn("created_by", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("knowledge_article_status_review").on("knowledge_article").columns(["status", "review_on"]).execute();

  await db.schema
    .createTable("article_source")
    .addColumn("article_id", "integer", (c) => c.notNull().references("knowledge_article.id").onDelete("cascade"))
    .addColumn("post_id", "integer", (c) => c.notNull().references("post.id"))
    .addPrimaryKeyConstraint("article_source_pk", ["article_id", "post_id"])
    .modifyEnd(tableOptions(db))
    .execute();
  // The thread page and search ask "which articles cite this post's thread?".
  await db.schema.createIndex("article_source_post").on("article_source").column("post_id").execute();

  await db.schema
    .createTable("article_tag")
    .addColumn("article_id", "integer", (c) => c.notNull().references("knowledge_article.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tag.id"))
    .addPrimaryKeyConstraint("article_tag_pk", ["article_id", "tag_id"])
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("article_tag_tag").on("article_tag").column("tag_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("article_tag").execute();
  await db.schema.dropTable("article_source").execute();
  await db.schema.dropTable("knowledge_article").execute();
}
