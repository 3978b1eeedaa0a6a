import { type Kysely, sql } from "kysely";
import { idColumn, isPostgres, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();
  await db.schema.createIndex("session_member").on("session").column("member_id").execute();

  await db.schema
    .createTable("invitation")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("municipality_id", "integer", (c) => c.notNull().references("municipality.id"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('member', 'moderator', 'admin')`))
    .addColumn("invited_by_id", "integer", (c) => c.notNull().references("member.id"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("accepted_member_id", "integer", (c) => c.references("member.id"))
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();

  await db.schema
    .createTable("sign_in_attempt")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("bucket", "text", (c) => c.notNull())
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("sign_in_attempt_bucket").on("sign_in_attempt").columns(["bucket", "attempted_at"]).execute();

  // Append-only record of every admin and moderator change; the moderation issue adds a browser for it.
  await db.schema
    .createTable("admin_event")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("actor_id", "integer", (c) => c.references("member.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "integer")
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.schema.createIndex("admin_event_created").on("admin_event").column("created_at").execute();
  if (isPostgres(db)) {
    await sql`create function admin_event_append_only() returns trigger language plpgsql
              as $$ begin raise exception 'admin_event is append-only'; end $$`.execute(db);
    await sql`create trigger admin_event_no_update before update on admin_event
              for each row execute function admin_event_append_only()`.execute(db);
    await sql`create trigger admin_event_no_delete before delete on admin_event
              for each row execute function admin_event_append_only()`.execute(db);
  } else {
    await sql`create trigger admin_event_no_update before update on admin_event begin select raise(abort, 'admin_event is append-only'); end`.execute(db);
    await sql`create trigger admin_event_no_delete before delete on admin_event begin select raise(abort, 'admin_event is append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["admin_event", "sign_in_attempt", "invitation", "session"]) {
    await db.schema.dropTable(table).execute();
  }
}
