import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EnvError, getEnv } from "../env.server";

/**
 * `npm start`: validate configuration, open and migrate the database, seed the
 * demo network on first start, build the app if needed, then serve.
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
  const { getDatabase } = await import("../db.server");
  const { migrateToLatest } = await import("../../db/migrate");
  const { isEmpty, seedDemo } = await import("../../db/seed/seed");
  const { db } = getDatabase(env.DATABASE_PATH);
  await migrateToLatest(db);
  const { ensureSearchIndex } = await import("../search/fts5-index.server");
  if (env.SEED_DEMO && (await isEmpty(db))) {
    const counts = await seedDemo(db);
    console.log(`Seeded the demo network: ${counts.members} members, ${counts.threads} threads, ${counts.posts} posts.`);
  }
  const indexed = await ensureSearchIndex(db);
  if (indexed > 0) console.log(`Built the search index for ${indexed} posts.`);

  const buildFile = path.resolve("build/index.js");
  // Development always rebuilds (a few seconds) so a pulled change is never served stale.
  if (!fs.existsSync(buildFile) || (env.NODE_ENV !== "production" && !process.env.TVAERS_SKIP_BUILD)) {
    console.log("Building the app …");
    execFileSync(process.execPath, [path.resolve("node_modules/@remix-run/dev/dist/cli.js"), "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  }
  const { startServer } = await import("./http");
  await startServer(env, buildFile);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
