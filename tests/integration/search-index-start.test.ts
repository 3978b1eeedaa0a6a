import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { ensureSearchIndex } from "../../app/search/index.server";
import { createMember, createThread } from "../factories";
import { indexedPostCount, onPostgres } from "../support/database-file";

const indexedRows = indexedPostCount;

describe("the search index on start", () => {
  it("leaves an empty forum alone", async () => {
    expect(await ensureSearchIndex(getDb())).toBe(0);
    expect(await indexedRows()).toBe(0);
  });

  it("builds the index for a forum whose posts predate it, and only then", async () => {
    const member = await createMember();
    await createThread({
      authorId: member.id,
      municipalityId: member.municipality_id,
      title: "Skolevægring i udskolingen",
    });
    await createThread({ authorId: member.id, municipalityId: member.municipality_id, title: "Chat om natten" });
    expect(await indexedRows()).toBe(2);
    expect(await ensureSearchIndex(getDb())).toBe(0);

    if (onPostgres) await sql`truncate post_search, thread_search`.execute(getDb());
    else await sql`delete from post_fts`.execute(getDb());
    expect(await ensureSearchIndex(getDb())).toBe(2);
    expect(await indexedRows()).toBe(2);
  });
});
