import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../app/db.server";

// A real SQLite file opened the way the app opens it, statement cache included.
const dirs: string[] = [];
function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-statements-"));
  dirs.push(dir);
  return openDatabase(path.join(dir, "cache.sqlite"));
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("kept prepared statements", () => {
  it("answer with the current rows and parameters on every reuse", async () => {
    const { db } = freshDatabase();
    await sql`create table note (id integer primary key, body text not null) strict`.execute(db);
    for (const body of ["en", "to", "tre"]) await sql`insert into note (body) values (${body})`.execute(db);
    const read = (id: number) => sql<{ body: string }>`select body from note where id = ${id}`.execute(db);
    expect((await read(1)).rows).toEqual([{ body: "en" }]);
    expect((await read(3)).rows).toEqual([{ body: "tre" }]);
    await sql`update note set body = 'TO' where id = 2`.execute(db);
    expect((await read(2)).rows).toEqual([{ body: "TO" }]);
    await db.destroy();
  });

  it("follow a schema change made after they were kept", async () => {
    const { db } = freshDatabase();
    await sql`create table note (id integer primary key, body text not null) strict`.execute(db);
    await sql`insert into note (body) values ('en')`.execute(db);
    const everything = () => sql<Record<string, unknown>>`select * from note`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: "en" }]);
    await sql`alter table note add column tone text not null default 'rolig'`.execute(db);
    expect((await everything()).rows).toEqual([{ id: 1, body: "en", tone: "rolig" }]);
    await db.destroy();
  });

  it("still work when far more distinct queries run than are kept", async () => {
    const { db } = freshDatabase();
    await sql`create table note (id integer primary key) strict`.execute(db);
    for (let i = 0; i < 1200; i += 1) {
      const rows = (
        await sql<{
          n: number;
        }>`select ${sql.raw(String(i))} as n from note union all select ${sql.raw(String(i))}`.execute(db)
      ).rows;
      expect(rows).toEqual([{ n: i }]);
    }
    // The first queries were dropped from the cache and are prepared again.
    expect(
      (await sql<{ n: number }>`select ${sql.raw("0")} as n from note union all select ${sql.raw("0")}`.execute(db))
        .rows,
    ).toEqual([{ n: 0 }]);
    await db.destroy();
  });

  it("let VACUUM run, which refuses while any statement is still active", async () => {
    const { db } = freshDatabase();
    await sql`create table note (id integer primary key, body text) strict`.execute(db);
    await sql`insert into note (body) values ('en'), ('to')`.execute(db);
    await sql`select * from note`.execute(db);
    await expect(sql`vacuum`.execute(db)).resolves.toBeDefined();
    await db.destroy();
  });
});
