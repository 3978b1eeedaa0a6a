import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { getEnv } from "../../app/env.server";
import { backupPostgres, restorePostgres } from "../../app/cli/postgres-backup.server";
import { createMember, createThread } from "../factories";
import { onPostgres } from "../support/database-file";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "";
const restoredName = `tvaers_restored_${process.pid}`;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

describe.skipIf(!onPostgres)("tvaers backup and restore on PostgreSQL (pg_dump, pg_restore)", () => {
  it("writes a dump of the live database and restores it, posts and all, into another database", async () => {
    const member = await createMember();
    const { threadId } = await createThread({
      authorId: member.id,
      municipalityId: member.municipality_id,
      title: "Tråd der skal overleve en gendannelse",
    });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-pgdump-"));
    const file = path.join(folder, "forum.dump");
    const result = backupPostgres(getEnv().DATABASE, file);
    expect(result.tables).toBeGreaterThan(20);
    expect(() => backupPostgres(getEnv().DATABASE, file)).toThrow(/exists already/);

    await onServer(`drop database if exists ${restoredName} with (force)`);
    await onServer(`create database ${restoredName}`);
    const restoredUrl = Object.assign(new URL(adminUrl), { pathname: `/${restoredName}` }).toString();
    try {
      restorePostgres(restoredUrl, file);
      const client = new pg.Client({ connectionString: restoredUrl });
      await client.connect();
      const { rows } = await client
        .query<{ title: string }>("select title from thread where id = $1", [threadId])
        .finally(() => client.end());
      expect(rows).toEqual([{ title: "Tråd der skal overleve en gendannelse" }]);
      const live = await getDb().selectFrom("post").select("id").execute();
      expect(live.length).toBeGreaterThan(0);
    } finally {
      await onServer(`drop database if exists ${restoredName} with (force)`);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
