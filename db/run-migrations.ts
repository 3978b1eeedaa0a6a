/** `npm run db:migrate`: applies pending migrations to DATABASE_PATH and says what it did. */
import { closeDatabase, getDatabase } from "../app/db.server";
import { getEnv } from "../app/env.server";
import { migrateToLatest } from "./migrate";

try {
  const env = getEnv();
  const applied = await migrateToLatest(getDatabase(env.DATABASE_PATH).db);
  console.log(
    applied.length ? `Applied ${applied.join(", ")} to ${env.DATABASE_PATH}` : `${env.DATABASE_PATH} is up to date`,
  );
  await closeDatabase(env.DATABASE_PATH);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
