import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("meeting")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("title", "text", (c) => c.notNull())
    // UTC instants; the form speaks Copenhagen wall-clock time (app/models/meeting-time.ts).
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("online_url", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("host_municipality_id", "integer", (c) => c.references("municipality.id").onDelete("set null"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agenda_published_at", "text")
    .addColumn("minutes_published_at", "text")
    // iCalendar SEQUENCE: calendars replace an invitation only when it goes up.
    .addColumn("ics_sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_by", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("meeting_starts_at").on("meeting").column("starts_at").execute();

  await db.schema
    .createTable("agenda_item")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meeting.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("thread_id", "integer", (c) => c.references("thread.id").onDelete("set null"))
    .addColumn("proposer_id", "integer", (c) => c.references("member.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('proposed', 'accepted', 'declined')`))
    .addColumn("decline_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("duration_minutes", "integer")
    .addColumn("presenter", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("is_opening_round", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("notes_source", "text", (c) => c.notNull().defaultTo(""))
    // The post the notes became in the item's thread, so they are posted once.
    .addColumn("notes_post_id", "integer", (c) => c.references("post.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("agenda_item_meeting").on("agenda_item").columns(["meeting_id", "position"]).execute();
  await db.schema.createIndex("agenda_item_thread").on("agenda_item").column("thread_id").execute();

  await db.schema
    .createTable("agenda_support")
    .addColumn("item_id", "integer", (c) => c.notNull().references("agenda_item.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("agenda_support_pk", ["item_id", "member_id"])
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("meeting_attendance")
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meeting.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("answer", "text", (c) => c.notNull().check(sql`answer in ('attending', 'online', 'absent')`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("meeting_attendance_pk", ["meeting_id", "member_id"])
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("meeting_action")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meeting.id").onDelete("cascade"))
    .addColumn("item_id", "integer", (c) => c.references("agenda_item.id").onDelete("set null"))
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("owner_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("meeting_action_owner").on("meeting_action").columns(["owner_id", "done_at"]).execute();

  await db.schema
    .createTable("calendar_feed")
    .addColumn("member_id", "integer", (c) => c.primaryKey().references("member.id").onDelete("cascade"))
    // SHA-256 of the secret in the feed URL; renewing replaces it, so the old URL answers 404.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  // The handbook by audience: an article may hold sections for leaders, practitioners and partners.
  await db.schema
    .createTable("article_section")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("article_id", "integer", (c) => c.notNull().references("knowledge_article.id").onDelete("cascade"))
    .addColumn("audience", "text", (c) => c.notNull().check(sql`audience in ('leaders', 'practitioners', 'partners')`))
    .addColumn("partner", "text", (c) =>
      c.check(sql`partner is null or partner in ('uu', 'jobcenter', 'ssp', 'skole', 'socialforvaltning')`),
    )
    .addColumn("body_source", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("article_section_article").on("article_section").columns(["article_id", "position"]).execute();
  await db.schema.createIndex("article_section_audience").on("article_section").column("audience").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["article_section", "calendar_feed", "meeting_action", "meeting_attendance", "agenda_support", "agenda_item", "meeting"]) {
    await db.schema.dropTable(table).execute();
  }
}
