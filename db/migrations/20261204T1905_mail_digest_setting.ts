import { type Kysely, sql } from "kysely";
import { tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // How often a member wants the digest; no row means the default, weekly.
  await db.schema
    .createTable("mail_digest_setting")
    .addColumn("member_id", "integer", (c) => c.primaryKey().references("member.id").onDelete("cascade"))
    .addColumn("frequency", "text", (c) => c.notNull().check(sql`frequency in ('weekly', 'daily', 'never')`))
    .addColumn("last_sent_at", "text")
    .modifyEnd(tableOptions(db))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mail_digest_setting").execute();
}
