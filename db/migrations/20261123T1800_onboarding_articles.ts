import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // An onboarding step points to a thread or, now that it exists, a Vidensbank article.
  await sql`alter table onboarding_step add column article_id integer references knowledge_article(id) on delete set null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("onboarding_step").dropColumn("article_id").execute();
}
