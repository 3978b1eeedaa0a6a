import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A single-use way back in: only the SHA-256 of the token is kept, like sessions and invitations.
  await db.schema
    .createTable("password_reset")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("requested_by_id", "integer", (c) => c.references("member.id").onDelete("set null"))
    .modifyEnd(tableOptions(db))
    .execute();
  await sql`create index password_reset_member on password_reset (member_id)`.execute(db);

  // Account mails (reset link, invitation) are not notifications: what they say is fixed when they are queued.
  // The payload holds the link until the SMTP server has accepted the mail; then the row is deleted.
  await sql`alter table mail_outbox add column payload text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table mail_outbox drop column payload`.execute(db);
  await db.schema.dropTable("password_reset").execute();
}
