import type { DB } from "../db.server";

export interface AdminEventInput {
  actorId: number | null;
  action: string;
  targetType: "member" | "municipality" | "invitation" | "thread" | "post" | "tag" | "article" | "settings";
  targetId: number | null;
  /** Before/after or other context; never passwords, tokens or redacted text. */
  detail?: Record<string, unknown>;
}

/** Appends to the audit record (the table refuses updates and deletes). */
export async function recordAdminEvent(db: DB, event: AdminEventInput, now = new Date()): Promise<void> {
  await db
    .insertInto("admin_event")
    .values({
      actor_id: event.actorId,
      action: event.action,
      target_type: event.targetType,
      target_id: event.targetId,
      detail: JSON.stringify(event.detail ?? {}),
      created_at: now.toISOString(),
    })
    .execute();
}

export async function listAdminEvents(db: DB, options: { limit: number; offset: number }) {
  return db
    .selectFrom("admin_event")
    .leftJoin("member", "member.id", "admin_event.actor_id")
    .select(["admin_event.id", "admin_event.action", "admin_event.target_type", "admin_event.target_id", "admin_event.detail", "admin_event.created_at", "member.display_name as actor_name"])
    .orderBy("admin_event.id", "desc")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}
