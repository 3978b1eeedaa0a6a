import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { fts5Backend } from "../../app/search/fts5/fts5-search.server";
import { rebuildIndex } from "../../app/search/index.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import { createCategory, createMember } from "../factories";

/**
 * Past 3,000 matching threads search ranks a query's rare words exactly and
 * only the newest matches of its common ones. The forum is written in bulk
 * and indexed with the rebuild, as the app's write path would take minutes
 * for this many threads.
 */
const NEWER_THREADS = 3_100;

async function bigForum() {
  const db = getDb();
  const author = await createMember();
  const category = await createCategory();
  const base = {
    category_id: category.id,
    author_id: author.id,
    municipality_id: author.municipality_id,
    track: "shared" as const,
    reply_count: 0,
    last_post_author_id: author.id,
  };
  const at = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  const write = async (rows: { title: string; body: string; i: number }[]) => {
    const threads = await db
      .insertInto("thread")
      .values(
        rows.map(({ title, i }) => ({ ...base, slug: `traad-${i}`, title, created_at: at(i), last_post_at: at(i) })),
      )
      .returning("id")
      .execute();
    await db
      .insertInto("post")
      .values(
        rows.map(({ body, i }, n) => ({
          thread_id: threads[n]?.id ?? 0,
          author_id: author.id,
          body_source: body,
          body_html: `<p>${body}</p>`,
          created_at: at(i),
        })),
      )
      .execute();
    return threads.map((thread) => thread.id);
  };
  const [consentForm = 0] = await write([
    {
      title: "Skabelon til forældrenes underskrift",
      body: "Vi sender altid en samtykkeerklæring hjem, før vi deler oplysninger med skolen.",
      i: 0,
    },
  ]);
  for (let start = 1; start <= NEWER_THREADS; start += 500) {
    const batch = Array.from({ length: Math.min(500, NEWER_THREADS + 1 - start) }, (_, k) => ({
      title: `Ugens spørgsmål ${start + k}`,
      body: "Den unge gav sit samtykke, og vi skrev en erklæring om samtalen bagefter.",
      i: start + k,
    }));
    await write(batch);
  }
  await rebuildIndex(db);
  return { consentForm };
}

const search = (query: string) => fts5Backend(getDb()).search(readSearchRequest(new URLSearchParams(query)));

describe("search in a forum past 3,000 matching threads", () => {
  it("finds an old thread by a rare compound although its parts are in every newer thread", async () => {
    const { consentForm } = await bigForum();

    const compound = await search("q=samtykkeerklæring");
    expect(compound.results[0]?.threadId).toBe(consentForm);
    expect(compound.total).toBe(1);

    // A word in every thread ranks only the newest of them: the old thread is past the window.
    const common = await search("q=samtykke");
    expect(common.total).toBeGreaterThan(0);
    expect(common.total).toBeLessThan(NEWER_THREADS);
    expect(common.results.map((hit) => hit.threadId)).not.toContain(consentForm);
  });
});
