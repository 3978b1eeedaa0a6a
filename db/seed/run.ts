import { closeDatabase, getDatabase } from "../../app/db.server";
import { describeDatabase, getEnv } from "../../app/env.server";
import { migrateToLatest } from "../migrate";
import { seedDemo } from "./seed";

const env = getEnv();
const { db } = getDatabase(env.DATABASE);
try {
  await migrateToLatest(db);
  const counts = await seedDemo(db);
  console.log(
    `Seeded the demo network into ${describeDatabase(env)}: ${counts.members} members, ${counts.threads} threads, ${counts.posts} posts.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase(env.DATABASE);
}
