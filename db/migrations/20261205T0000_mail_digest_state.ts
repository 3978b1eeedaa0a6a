import type { Kysely } from "kysely";
import { tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // When the digest step last covered a member: moved in the transaction that
  // queues their digest (or finds nothing to tell), so a crash never sends twice
  // nor skips a period. Apart from the member's choice in mail_digest_setting,
  // because a member with no choice (weekly) still needs a last run.
  await db.schema
    .createTable("mail_digest_state")
    .addColumn("member_id", "integer", (c) => c.primaryKey().references("member.id").onDelete("cascade"))
    .addColumn("last_digest_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mail_digest_state").execute();
}
