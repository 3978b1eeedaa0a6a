import { type Kysely, sql } from "kysely";
import { isPostgres } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // The audit record stays append-only with one exception: redaction and
  // erasure may rewrite an event's detail to take personal data out of it, and
  // must say when they did. Who acted, what they did, on what and when can
  // never change, and rows can still never be deleted.
  await db.schema.alterTable("admin_event").addColumn("scrubbed_at", "text").execute();
  if (isPostgres(db)) {
    await sql`drop trigger admin_event_no_update on admin_event`.execute(db);
    await sql`create trigger admin_event_no_update before update on admin_event for each row
              when (new.scrubbed_at is null
                or new.id is distinct from old.id
                or new.actor_id is distinct from old.actor_id
                or new.action is distinct from old.action
                or new.target_type is distinct from old.target_type
                or new.target_id is distinct from old.target_id
                or new.created_at is distinct from old.created_at)
              execute function admin_event_append_only()`.execute(db);
    return;
  }
  await sql`drop trigger admin_event_no_update`.execute(db);
  await sql`create trigger admin_event_no_update before update on admin_event
            when new.scrubbed_at is null
              or new.id is not old.id
              or new.actor_id is not old.actor_id
              or new.action is not old.action
              or new.target_type is not old.target_type
              or new.target_id is not old.target_id
              or new.created_at is not old.created_at
            begin select raise(abort, 'admin_event is append-only'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger admin_event_no_update on admin_event`.execute(db);
    await sql`create trigger admin_event_no_update before update on admin_event
              for each row execute function admin_event_append_only()`.execute(db);
    await db.schema.alterTable("admin_event").dropColumn("scrubbed_at").execute();
    return;
  }
  await sql`drop trigger admin_event_no_update`.execute(db);
  await sql`create trigger admin_event_no_update before update on admin_event begin select raise(abort, 'admin_event is append-only'); end`.execute(db);
  await db.schema.alterTable("admin_event").dropColumn("scrubbed_at").execute();
}
