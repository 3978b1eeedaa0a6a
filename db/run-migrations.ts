/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or DATABASE_PATH and says what it did. */
import { closeDatabase, getDatabase } from "../app/db.server";
import { describeDatabase, getEnv } from "../app/env.server";
import { migrateToLatest } from "./migrate";

try {
  const env = getEnv();
  const applied = await migrateToLatest(getDatabase(env.DATABASE).db);
  console.log(
    applied.length
      ? `Applied ${applied.join(", ")} to ${describeDatabase(env)}`
      : `${describeDatabase(env)} is up to date`,
  );
  await closeDatabase(env.DATABASE);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
