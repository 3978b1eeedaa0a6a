import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // A meeting invitation or reminder in the mail outbox names its meeting; the
  // mail itself is composed when sent, from the meeting as it is then.
  await sql`alter table mail_outbox add column meeting_id integer references meeting(id) on delete cascade`.execute(db);
  // Set in the transaction that queues the day-before reminders, so each meeting is reminded once.
  await sql`alter table meeting add column reminder_queued_at text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table meeting drop column reminder_queued_at`.execute(db);
  await sql`alter table mail_outbox drop column meeting_id`.execute(db);
}
