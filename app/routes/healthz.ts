import path from "node:path";
import { json } from "@remix-run/node";
import { sql } from "kysely";
import { databaseStats, getDb } from "../db.server";
import { getEnv } from "../env.server";
import { diskSpace } from "../models/disk-space.server";
import { notifyEventBacklog } from "../notifications/fan-out.server";
import { mailBacklog } from "../mail/outbox.server";
import { pageCacheStats } from "../render-cache/page-cache.server";
import { postItemCacheStats } from "../render-cache/post-item-cache.server";
import { outboxBacklog } from "../search/index.server";

// Public on purpose: load balancers and monitors call it without a session.
export async function loader() {
  const env = getEnv();
  const db = getDb();
  try {
    await sql`select 1`.execute(db);
    const migrations = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(db);
    // How far Meilisearch is behind: rows waiting in the search outbox (always 0 under FTS5).
    const searchOutbox = await outboxBacklog(db);
    // A file system that cannot even be asked counts as low on space.
    const disk = await diskSpace(path.dirname(env.DATABASE_PATH), env.HEALTH_MIN_FREE_MB * 1024 * 1024).catch(
      () => null,
    );
    // Events the notification worker has not fanned out yet.
    const notifications = await notifyEventBacklog(db);
    // Mails waiting for their delay or for the SMTP server.
    const mail = await mailBacklog(db);
    // Still 200 when space runs low: the forum serves, and a monitor alerts on "degraded" before writes start to fail.
    return json(
      {
        status: disk?.status === "ok" ? "ok" : "degraded",
        database: "ok",
        // sqlite, or postgres with this server's connection pool (max, open, idle, waiting).
        ...databaseStats(env.DATABASE),
        migrations: Number(migrations.rows[0]?.n ?? 0),
        searchOutbox,
        notifications,
        mail,
        disk,
        // The thread page's post-item cache in this process: entries, bytes (of maxBytes), hits, misses, purges.
        renderCache: postItemCacheStats(),
        // Whole pages kept per member session while the database stands still (the same fields).
        pageCache: pageCacheStats(),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return json(
      { status: "error", database: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
