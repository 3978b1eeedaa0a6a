import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    errorMap: () => ({ message: "skal være true eller false" }),
  })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_PATH: z.string().min(1).optional(),
  /** postgres://user:pass@host:5432/db selects PostgreSQL; without it the SQLite file at DATABASE_PATH is the database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "skal være en postgres://-adresse")
    .optional(),
  /** Connections in each app server's PostgreSQL pool. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  SEED_DEMO: booleanFlag.default("true"),
  /** fts5 on SQLite and postgres on PostgreSQL (the database's own full-text search, the default for each); meilisearch on either. */
  SEARCH_BACKEND: z.enum(["fts5", "postgres", "meilisearch"]).optional(),
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  MEILI_INDEX: z.string().min(1).default("tvaers_threads"),
  /** Flood limits: seconds between two posts by one member, new threads per member per day, minutes a duplicate is refused. */
  POSTING_MIN_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  POSTING_MAX_THREADS_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(20),
  POSTING_DUPLICATE_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  /** Public origin when served behind a proxy, e.g. https://tvaers.example.dk; used for invite links and Origin checks. */
  PUBLIC_ORIGIN: z.string().url().optional(),
  /** /healthz says "degraded" when the database's file system has less free space than this, in MB. */
  HEALTH_MIN_FREE_MB: z.coerce.number().int().min(0).max(100_000_000).default(256),
  /** Outgoing mail: smtp://user:pass@host:587 (smtps:// for TLS). Without it each mail is written to DATA_DIR/mail/ as an .eml file. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Tværs <ikke-svar@tvaers.local>"),
  /** false: e-mails carry titles and links only, never words from posts. */
  MAIL_EXCERPTS: booleanFlag.default("true"),
});

export type SearchBackendName = "fts5" | "postgres" | "meilisearch";

export type Env = Omit<z.infer<typeof envSchema>, "SEARCH_BACKEND"> & {
  SEARCH_BACKEND: SearchBackendName;
  DATABASE_PATH: string;
  /** Where the database is: DATABASE_URL when set, else the absolute DATABASE_PATH. */
  DATABASE: string;
};

/** Thrown with a single line that names the offending variable, so start-up fails readably. */
export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new EnvError(
      `Invalid environment variable ${name}: ${issue?.message ?? "invalid"} (got "${String(cleaned[name] ?? "")}")`,
    );
  }
  const env = result.data;
  if (env.SEARCH_BACKEND === "meilisearch" && !env.MEILI_HOST) {
    throw new EnvError("Invalid environment variable MEILI_HOST: required when SEARCH_BACKEND=meilisearch");
  }
  const databaseSearch = env.DATABASE_URL ? "postgres" : "fts5";
  if (env.SEARCH_BACKEND && env.SEARCH_BACKEND !== "meilisearch" && env.SEARCH_BACKEND !== databaseSearch) {
    throw new EnvError(
      `Invalid environment variable SEARCH_BACKEND: ${env.SEARCH_BACKEND} needs ${env.SEARCH_BACKEND === "fts5" ? "SQLite (no DATABASE_URL)" : "PostgreSQL (DATABASE_URL)"}`,
    );
  }
  const databasePath = env.DATABASE_PATH ?? path.join(env.DATA_DIR, "tvaers.sqlite");
  const resolvedPath = path.resolve(databasePath);
  return {
    ...env,
    SEARCH_BACKEND: env.SEARCH_BACKEND ?? databaseSearch,
    DATABASE_PATH: resolvedPath,
    DATABASE: env.DATABASE_URL ?? resolvedPath,
  };
}

let cached: Env | undefined;

/** The validated configuration, read once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The database as a message may name it: the SQLite file, or the PostgreSQL URL without its password. */
export function describeDatabase(env: Pick<Env, "DATABASE">): string {
  if (!/^postgres(ql)?:\/\//.test(env.DATABASE)) return env.DATABASE;
  const url = new URL(env.DATABASE);
  if (url.password) url.password = "***";
  return `PostgreSQL ${url.toString()}`;
}
