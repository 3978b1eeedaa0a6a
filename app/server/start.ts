import cluster from "node:cluster";
import path from "node:path";
import { EnvError, getEnv } from "../env.server";

/**
 * The server's start (bundled into build/server.mjs, which `npm start` runs):
 * validate configuration, open and migrate the database, seed the demo
 * network on first start, then serve.
 */
async function main(): Promise<void> {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const workers = Number(process.env.WORKERS ?? "1");
  if (!Number.isInteger(workers) || workers < 1 || workers > 16) {
    console.error("WORKERS skal være et helt tal fra 1 til 16 (antal serverprocesser).");
    process.exit(1);
  }
  if (cluster.isWorker) {
    // The primary has migrated and seeded; the first worker does the background work.
    const { startServer } = await import("./http");
    const first = process.env.TVAERS_WORKER_INDEX === "0";
    await startServer(env, path.resolve("build/index.js"), { background: first, pidFile: false });
    return;
  }
  const { getDatabase } = await import("../db.server");
  const { migrateToLatest } = await import("../../db/migrate");
  const { isEmpty, seedDemo } = await import("../../db/seed/seed");
  const open = getDatabase(env.DATABASE);
  const { db } = open;
  const prepare = async () => {
    await migrateToLatest(db);
    const { ensureSearchIndex } = await import("../search/index.server");
    if (env.SEED_DEMO && (await isEmpty(db))) {
      const counts = await seedDemo(db);
      console.log(
        `Seeded the demo network: ${counts.members} members, ${counts.threads} threads, ${counts.posts} posts.`,
      );
    }
    const indexed = await ensureSearchIndex(db);
    if (indexed > 0) console.log(`Built the search index for ${indexed} posts.`);
  };
  if (open.dialect === "postgres") {
    // Several app servers may start at once on one PostgreSQL: one prepares, the others wait and find it done.
    const { withAdvisoryLock } = await import("../db-postgres.server");
    await withAdvisoryLock(open.pool, "tvaers-startup", prepare);
  } else {
    await prepare();
  }

  if (workers > 1) {
    const { closeDatabase } = await import("../db.server");
    await closeDatabase(env.DATABASE);
    const { startCluster } = await import("./cluster");
    startCluster({ workers, dataDir: env.DATA_DIR });
    return;
  }
  const { startServer } = await import("./http");
  // Built by `npm run build`; `npm start` (app/server/launch.mjs) builds first when needed.
  await startServer(env, path.resolve("build/index.js"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
