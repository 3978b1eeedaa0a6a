import { afterAll, describe, expect, it, vi } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import type { ArticleInput } from "../../app/models/article-form.server";
import { createArticle, setArticleStatus, updateArticle } from "../../app/models/article.server";
import { insertThread } from "../../app/models/thread.server";
import {
  meiliFilter,
  meiliSettings,
  needsEveryThread,
  RANKING_RULES,
} from "../../app/search/meilisearch/meilisearch.server";
import { buildThreadDocuments } from "../../app/search/meilisearch/outbox-worker.server";
import { readSearchRequest } from "../../app/search/query/search-request";
import { createCategory, createMember, createMunicipality } from "../factories";

// Outbox rows are written only under SEARCH_BACKEND=meilisearch; nothing here talks to a server.
vi.stubEnv("SEARCH_BACKEND", "meilisearch");
vi.stubEnv("MEILI_HOST", "http://127.0.0.1:9");
afterAll(() => vi.unstubAllEnvs());

/** Three one-post threads, and an article input citing any of them; the outbox is emptied, so each test sees only what it causes. */
async function threeThreads() {
  const municipality = await createMunicipality();
  const member = await createMember({ municipalityId: municipality.id });
  const category = await createCategory();
  const threads = await writeTransaction(getDb(), async (tx) => {
    const make = (title: string) =>
      insertThread(tx, {
        title,
        body: "Hvordan gør I?",
        categoryId: category.id,
        authorId: member.id,
        municipalityId: municipality.id,
        track: "shared",
        tagIds: [],
        createdAt: new Date().toISOString(),
      });
    return {
      first: await make("Skolevægring"),
      second: await make("Handleplaner"),
      third: await make("Netværksmøder"),
    };
  });
  await getDb().deleteFrom("search_outbox").execute();
  const input = (sourcePostIds: number[], status: ArticleInput["status"]) => ({
    title: "Netværksmøder ved skolevægring",
    summary: "Mød skolen samlet.",
    keyPoints: ["Aftal én tovholder"],
    tagIds: [],
    ownerId: member.id,
    reviewOn: "2027-01-01",
    actorId: member.id,
    sourcePostIds,
    status,
  });
  return { ...threads, actorId: member.id, input };
}

/** The outbox as [thread, post] pairs, then emptied, as if the worker had sent them. */
async function takeOutbox(): Promise<[number, number][]> {
  const rows = await getDb()
    .selectFrom("search_outbox")
    .select(["thread_id", "post_id"])
    .orderBy("thread_id")
    .execute();
  await getDb().deleteFrom("search_outbox").execute();
  return rows.map((row) => [row.thread_id, row.post_id]);
}

describe("Vidensbank articles in the Meilisearch documents (no server needed)", () => {
  it("the document builder marks the threads a published article cites, with the article, and no others", async () => {
    const t = await threeThreads();
    await writeTransaction(getDb(), async (tx) => {
      await createArticle(tx, t.input([t.first.postId], "published"));
      await createArticle(tx, { ...t.input([t.second.postId], "draft"), title: "Kladde" });
    });
    const { documents } = await buildThreadDocuments(getDb(), [t.first.threadId, t.second.threadId, t.third.threadId]);
    const byId = new Map(documents.map((document) => [document.id, document]));
    expect(byId.get(t.first.threadId)).toMatchObject({
      in_knowledge_base: true,
      knowledge_lift: 1,
      article: { slug: "netvaerksmoeder-ved-skolevaegring", title: "Netværksmøder ved skolevægring" },
    });
    // A draft counts for nothing, as under FTS5.
    expect(byId.get(t.second.threadId)).toMatchObject({ in_knowledge_base: false, knowledge_lift: 0, article: null });
    expect(byId.get(t.third.threadId)).toMatchObject({ in_knowledge_base: false, knowledge_lift: 0, article: null });
  });

  it("publishing, re-sourcing and unpublishing queue the threads cited before and after, by their opening posts", async () => {
    const t = await threeThreads();
    const article = await writeTransaction(getDb(), (tx) => createArticle(tx, t.input([t.first.postId], "draft")));
    expect(await takeOutbox()).toEqual([]);

    await writeTransaction(getDb(), (tx) => setArticleStatus(tx, article.id, "published", t.actorId));
    expect(await takeOutbox()).toEqual([[t.first.threadId, t.first.postId]]);

    // Moving the citation changes both threads: the first loses its lift, the second gains it.
    await writeTransaction(getDb(), (tx) => updateArticle(tx, article.id, t.input([t.second.postId], "published")));
    expect(await takeOutbox()).toEqual([
      [t.first.threadId, t.first.postId],
      [t.second.threadId, t.second.postId],
    ]);

    await writeTransaction(getDb(), (tx) => setArticleStatus(tx, article.id, "draft", t.actorId));
    expect(await takeOutbox()).toEqual([[t.second.threadId, t.second.postId]]);

    // No change of status, or a draft edited into another draft, changes no search document.
    await writeTransaction(getDb(), (tx) => setArticleStatus(tx, article.id, "draft", t.actorId));
    await writeTransaction(getDb(), (tx) => updateArticle(tx, article.id, t.input([t.third.postId], "draft")));
    expect(await takeOutbox()).toEqual([]);

    // Unpublishing by the edit form queues the threads too.
    await writeTransaction(getDb(), (tx) => updateArticle(tx, article.id, t.input([t.third.postId], "published")));
    await takeOutbox();
    await writeTransaction(getDb(), (tx) => updateArticle(tx, article.id, t.input([t.third.postId], "draft")));
    expect(await takeOutbox()).toEqual([[t.third.threadId, t.third.postId]]);
  });

  it("an article created as published queues its threads, and a rolled-back publish queues nothing", async () => {
    const t = await threeThreads();
    await writeTransaction(getDb(), (tx) => createArticle(tx, t.input([t.first.postId, t.second.postId], "published")));
    expect(await takeOutbox()).toEqual([
      [t.first.threadId, t.first.postId],
      [t.second.threadId, t.second.postId],
    ]);

    const draft = await writeTransaction(getDb(), (tx) =>
      createArticle(tx, { ...t.input([t.third.postId], "draft"), title: "Kladde" }),
    );
    await expect(
      writeTransaction(getDb(), async (tx) => {
        await setArticleStatus(tx, draft.id, "published", t.actorId);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await takeOutbox()).toEqual([]);
  });

  it("the index settings filter on in_knowledge_base and rank by the lift only after relevance", async () => {
    const settings = await meiliSettings(getDb());
    expect(settings.filterableAttributes).toContain("in_knowledge_base");
    const rules = settings.rankingRules ?? [];
    const at = (rule: string) => rules.indexOf(rule);
    expect(at("knowledge_lift:desc")).toBeGreaterThan(
      Math.max(at("words"), at("typo"), at("proximity"), at("attribute"), at("sort")),
    );
    expect(at("knowledge_lift:desc")).toBeLessThan(at("exactness"));
    expect(meiliFilter(readSearchRequest(new URLSearchParams({ q: "x", vidensbank: "1" })))).toEqual([
      "in_knowledge_base = true",
    ]);
    expect(meiliFilter(readSearchRequest(new URLSearchParams({ q: "x" })))).toEqual([]);
  });

  it("an index from before the lift, or an empty one, is sent every thread", () => {
    const before = ["words", "typo", "proximity", "attribute", "sort", "exactness"];
    expect(needsEveryThread(500, before)).toBe(true);
    expect(needsEveryThread(0, RANKING_RULES)).toBe(true);
    expect(needsEveryThread(500, RANKING_RULES)).toBe(false);
  });
});
