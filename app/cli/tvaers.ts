import { parseArgs } from "node:util";
import { closeDatabase, getDatabase } from "../db.server";
import { EnvError, getEnv } from "../env.server";
import { migrateToLatest } from "../../db/migrate";
import { createFirstAdmin } from "./create-admin";

const usage = `Usage: npm run tvaers -- <command> [options]

Commands:
  create-admin --email EMAIL --municipality NAME [--region REGION] [--name DISPLAY_NAME]
      Creates the first administrator of an empty network and prints a one-time password.

All commands use DATABASE_PATH (default ./data/tvaers.sqlite) and apply pending migrations first.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help") {
    console.log(usage);
    return command ? 0 : 2;
  }
  const env = getEnv();
  const { db } = getDatabase(env.DATABASE_PATH);
  try {
    await migrateToLatest(db);
    switch (command) {
      case "create-admin": {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: "string" }, municipality: { type: "string" }, region: { type: "string" }, name: { type: "string" } },
        });
        if (!values.email || !values.municipality) {
          console.error("create-admin needs --email and --municipality\n\n" + usage);
          return 2;
        }
        const { password } = await createFirstAdmin(db, { email: values.email, municipality: values.municipality, region: values.region, name: values.name });
        console.log(`Created administrator ${values.email.toLowerCase()} in ${env.DATABASE_PATH}.`);
        console.log(`One-time password: ${password}`);
        console.log("Sign in at /login and change the password on your profile page (/profil) straight away.");
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } finally {
    await closeDatabase(env.DATABASE_PATH);
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
    process.exit(1);
  });
