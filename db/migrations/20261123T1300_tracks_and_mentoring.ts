import type { Kysely } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("member").addColumn("hide_newcomer_track", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("member").addColumn("is_mentor", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema
    .createTable("mentor_theme")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tag.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("mentor_theme_pk", ["member_id", "tag_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();

  // One open claim per thread; a claim older than 48 hours without the mentor's reply has lapsed.
  await db.schema
    .createTable("mentor_claim")
    .addColumn("thread_id", "integer", (c) => c.primaryKey().references("thread.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("claimed_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("municipality_pairing")
    .addColumn("newcomer_municipality_id", "integer", (c) => c.primaryKey().references("municipality.id"))
    .addColumn("mentor_municipality_id", "integer", (c) => c.notNull().references("municipality.id"))
    .addColumn("paired_at", "text", (c) => c.notNull())
    .addColumn("paired_by_id", "integer", (c) => c.references("member.id"))
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("municipality_pairing_mentor").on("municipality_pairing").column("mentor_municipality_id").execute();

  await db.schema
    .createTable("onboarding_step")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("thread_id", "integer", (c) => c.references("thread.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("onboarding_progress")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("step_id", "integer", (c) => c.notNull().references("onboarding_step.id").onDelete("cascade"))
    .addColumn("done_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("onboarding_progress_pk", ["member_id", "step_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();

  await db.schema
    .createTable("thread_track_change")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("thread_id", "integer", (c) => c.notNull().references("thread.id").onDelete("cascade"))
    .addColumn("actor_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("from_track", "text", (c) => c.notNull())
    .addColumn("to_track", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("thread_track_change_thread").on("thread_track_change").column("thread_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["thread_track_change", "onboarding_progress", "onboarding_step", "municipality_pairing", "mentor_claim", "mentor_theme"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable("member").dropColumn("is_mentor").execute();
  await db.schema.alterTable("member").dropColumn("hide_newcomer_track").execute();
}
