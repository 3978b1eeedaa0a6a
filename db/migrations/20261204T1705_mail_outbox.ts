import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { idColumn, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A mail waiting to be sent, written in the transaction that made its reason.
  // What it says is composed when it is sent, from the database as it is then,
  // so a post hidden in the meantime never reaches an inbox.
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("notification_id", "integer", (c) => c.references("notification.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .modifyEnd(tableOptions(db))
    .execute();
  await sql`create index mail_outbox_due on mail_outbox (next_attempt_at, id)`.execute(db);

  // Per member and kind of mail: a row means "do not e-mail me this".
  await db.schema
    .createTable("mail_opt_out")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("mail_opt_out_pk", ["member_id", "kind"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();

  // The key that signs unsubscribe links; made once per installation, kept with the data it protects.
  await db.schema
    .createTable("app_secret")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await db.insertInto("app_secret").values({ name: "mail_link_key", value: randomBytes(32).toString("hex") }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("app_secret").execute();
  await db.schema.dropTable("mail_opt_out").execute();
  await db.schema.dropTable("mail_outbox").execute();
}
