import { sql } from "kysely";
import type { DB } from "../db.server";

export interface AdminEventInput {
  actorId: number | null;
  action: string;
  targetType: "member" | "municipality" | "invitation" | "thread" | "post" | "tag" | "article" | "settings" | "meeting";
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

export interface AdminEventFilter {
  action?: string; // prefix, e.g. "member." or "thread.merged"
  actorId?: number;
  targetType?: string;
  from?: string; // YYYY-MM-DD
  to?: string;
}

export async function listAdminEvents(db: DB, filter: AdminEventFilter, options: { limit: number; offset: number }) {
  let query = db
    .selectFrom("admin_event")
    .leftJoin("member", "member.id", "admin_event.actor_id")
    .select([
      "admin_event.id",
      "admin_event.actor_id",
      "admin_event.action",
      "admin_event.target_type",
      "admin_event.target_id",
      "admin_event.detail",
      "admin_event.created_at",
      "admin_event.scrubbed_at",
      "member.display_name as actor_name",
    ]);
  // Action names contain underscores (member.role_changed); LIKE would read them as wildcards, so they are escaped, not dropped.
  if (filter.action)
    query = query.where(
      sql<boolean>`${sql.ref("admin_event.action")} like ${`${filter.action.replace(/[%_\\]/g, "\\$&")}%`} escape '\\'`,
    );
  if (filter.actorId) query = query.where("admin_event.actor_id", "=", filter.actorId);
  if (filter.targetType) query = query.where("admin_event.target_type", "=", filter.targetType);
  if (filter.from) query = query.where("admin_event.created_at", ">=", `${filter.from}T00:00:00.000Z`);
  if (filter.to) query = query.where("admin_event.created_at", "<=", `${filter.to}T23:59:59.999Z`);
  return query.orderBy("admin_event.id", "desc").limit(options.limit).offset(options.offset).execute();
}

/** The distinct actions and the people who took them, for the log's filter menus. */
export async function adminEventFilterOptions(db: DB) {
  const [actions, actors] = await Promise.all([
    db.selectFrom("admin_event").select("action").distinct().orderBy("action").execute(),
    db
      .selectFrom("admin_event")
      .innerJoin("member", "member.id", "admin_event.actor_id")
      .select(["member.id", "member.display_name"])
      .distinct()
      .orderBy("member.display_name")
      .execute(),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
