import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../app/db.server";
import { openPostgres } from "../../app/db-postgres.server";
import { migrateToPostgres } from "../../app/cli/migrate-to-postgres.server";
import { fts5Backend } from "../../app/search/fts5/fts5-search.server";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/seed";
import { onPostgres } from "../support/database-file";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "";
const targetName = `tvaers_moved_${process.pid}`;
const targetUrl = () => Object.assign(new URL(adminUrl), { pathname: `/${targetName}` }).toString();

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

afterEach(async () => {
  if (onPostgres) await onServer(`drop database if exists ${targetName} with (force)`);
});

describe.skipIf(!onPostgres)("tvaers migrate-to-postgres", () => {
  it("moves the demo network with equal counts, searchable, ids continuing, and refuses a second time", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-move-"));
    const file = path.join(folder, "forum.sqlite");
    const source = openDatabase(file);
    await migrateToLatest(source.db);
    const seeded = await seedDemo(source.db);
    await source.db.destroy();
    await onServer(`drop database if exists ${targetName} with (force)`);
    await onServer(`create database ${targetName}`);

    const counts = await migrateToPostgres({ from: file, to: targetUrl() });
    for (const count of counts) expect(count.postgres, count.table).toBe(count.sqlite);
    const byTable = new Map(counts.map((count) => [count.table, count.postgres]));
    expect(byTable.get("member")).toBe(seeded.members);
    expect(byTable.get("thread")).toBe(seeded.threads);
    expect(byTable.get("post")).toBeGreaterThanOrEqual(seeded.posts);

    const target = openPostgres(targetUrl(), 2);
    try {
      // The search index was rebuilt there: a demo thread is found by a word of its title.
      const found = await fts5Backend(target.db).search({
        q: "skolevægring",
        tagSlugs: [],
        answeredOnly: false,
        sort: "relevance",
        page: 1,
        perPage: 10,
      });
      expect(found.total).toBeGreaterThan(0);
      // Identities continue after the highest copied id.
      const highest = await target.db
        .selectFrom("category")
        .select((eb) => eb.fn.max("id").as("id"))
        .executeTakeFirstOrThrow();
      const added = await target.db
        .insertInto("category")
        .values({ slug: "ny-kategori", name: "Ny kategori", description: "", position: 99 })
        .returning("id")
        .executeTakeFirstOrThrow();
      expect(added.id).toBeGreaterThan(Number(highest.id));
    } finally {
      await target.db.destroy();
    }

    await expect(migrateToPostgres({ from: file, to: targetUrl() })).rejects.toThrow(/already holds a network/);
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
