import { type Kysely, sql } from "kysely";
import { idColumn, isPostgres, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // The @-handle: unique, lower case. Existing members get one from their name here;
  // a member inserted without one gets "medlem_<id>" from the trigger, so no insert path can leave a gap.
  await sql`alter table member add column handle text`.execute(db);
  const members = await db.selectFrom("member").select(["id", "display_name"]).orderBy("id").execute();
  const taken = new Set<string>();
  for (const member of members as { id: number; display_name: string }[]) {
    const handle = firstFreeHandle(handleBase(member.display_name), (h) => taken.has(h));
    taken.add(handle);
    await db.updateTable("member").set({ handle }).where("id", "=", member.id).execute();
  }
  await sql`create unique index member_handle on member (handle)`.execute(db);
  if (isPostgres(db)) {
    await sql`create function member_default_handle() returns trigger language plpgsql
              as $$ begin new.handle := 'medlem_' || new.id; return new; end $$`.execute(db);
    await sql`create trigger member_default_handle before insert on member for each row
              when (new.handle is null) execute function member_default_handle()`.execute(db);
  } else {
    await sql`create trigger member_default_handle after insert on member when new.handle is null
              begin update member set handle = 'medlem_' || new.id where id = new.id; end`.execute(db);
  }

  // One row per thing to tell one member (Discourse's notifications table).
  // group_key joins repeats into one unread row ("3 fandt dit indlæg nyttigt").
  await db.schema
    .createTable("notification")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("thread_id", "integer")
    .addColumn("post_id", "integer")
    .addColumn("actor_id", "integer")
    .addColumn("data", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("group_key", "text")
    .addColumn("read_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  await sql`create index notification_member on notification (member_id, id)`.execute(db);
  await sql`create index notification_unread on notification (member_id) where read_at is null`.execute(db);
  await sql`create unique index notification_group on notification (member_id, group_key) where read_at is null and group_key is not null`.execute(db);

  // Watch levels for a thread, category or tag: 0 Lydløs, 1 Normal, 2 Sporer, 3 Følger (Discourse's numbers).
  await db.schema
    .createTable("watch")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("target_type", "text", (c) => c.notNull().check(sql`target_type in ('thread', 'category', 'tag')`))
    .addColumn("target_id", "integer", (c) => c.notNull())
    .addColumn("level", "integer", (c) => c.notNull().check(sql`level between 0 and 3`))
    .addPrimaryKeyConstraint("watch_pk", ["member_id", "target_type", "target_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();
  await sql`create index watch_target on watch (target_type, target_id, level)`.execute(db);

  // Per member and thread, the last post read (Discourse's last_read_post_number, by post id).
  await db.schema
    .createTable("thread_read")
    .addColumn("member_id", "integer", (c) => c.notNull().references("member.id").onDelete("cascade"))
    .addColumn("thread_id", "integer", (c) => c.notNull())
    .addColumn("last_read_post_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("thread_read_pk", ["member_id", "thread_id"])
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();

  // Events written in the request's transaction; the worker turns each into notifications and deletes it.
  await db.schema
    .createTable("notify_event")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("thread_id", "integer")
    .addColumn("post_id", "integer")
    .addColumn("actor_id", "integer")
    .addColumn("data", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("last_error", "text")
    .modifyEnd(tableOptions(db))
    .execute();
  await sql`create index notify_event_due on notify_event (next_attempt_at, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notify_event").execute();
  await db.schema.dropTable("thread_read").execute();
  await db.schema.dropTable("watch").execute();
  await db.schema.dropTable("notification").execute();
  if (isPostgres(db)) await sql`drop trigger member_default_handle on member`.execute(db);
  else await sql`drop trigger member_default_handle`.execute(db);
  await sql`drop index member_handle`.execute(db);
  await db.schema.alterTable("member").dropColumn("handle").execute();
}

// Copied from app/notifications/handle.ts as it was when this migration was
// written: a migration is frozen, so a later change to the app's handle rule
// must not change what this one did.
function handleBase(displayName: string): string {
  const folded = displayName
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 24);
  return folded.length >= 2 ? folded : "medlem";
}

function firstFreeHandle(base: string, taken: (handle: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    if (!taken(`${base}${n}`)) return `${base}${n}`;
  }
}
