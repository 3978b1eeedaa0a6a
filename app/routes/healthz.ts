import { json } from "@remix-run/node";
import { sql } from "kysely";
import { getDb } from "../db.server";
import { outboxBacklog } from "../search/outbox.server";
import { notifyEventBacklog } from "../notifications/fan-out.server";

// Public on purpose: load balancers and monitors call it without a session.
export async function loader() {
  const db = getDb();
  try {
    await sql`select 1`.execute(db);
    const migrations = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db);
    // How far Meilisearch is behind: rows waiting in the search outbox (always 0 under FTS5).
    const searchOutbox = await outboxBacklog(db);
    // Events the notification worker has not fanned out yet.
    const notifications = await notifyEventBacklog(db);
    return json({ status: "ok", database: "ok", migrations: Number(migrations.rows[0]?.n ?? 0), searchOutbox, notifications }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return json({ status: "error", database: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
