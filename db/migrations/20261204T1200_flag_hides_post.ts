import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // Whether this open personal-data flag hides the post from members. A member
  // with several open flags already still files the flag for a moderator, but it
  // no longer hides the post, so one account cannot blank out the forum.
  // Existing flags keep the behaviour they were filed with.
  await sql`alter table post_flag add column hides_post integer not null default 1 check (hides_post in (0, 1))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table post_flag drop column hides_post`.execute(db);
}
