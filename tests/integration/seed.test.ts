import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { municipalityExperience } from "../../app/models/experience";
import { seedDemo } from "../../db/seed/seed";
import { findPersonalData } from "../../app/privacy/personal-data";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { readSearchRequest } from "../../app/search/query/search-request";

describe("demo seed", () => {
  it("seeds the network with every role, both experience levels and 40+ threads", async () => {
    const counts = await seedDemo(getDb());
    expect(counts.threads).toBeGreaterThanOrEqual(40);
    const db = getDb();
    const municipalities = await db.selectFrom("municipality").selectAll().execute();
    expect(municipalities.length).toBeGreaterThanOrEqual(30);
    expect(municipalities.filter((m) => municipalityExperience(m) === "newcomer").length).toBeGreaterThanOrEqual(3);
    const roles = await db.selectFrom("member").select("role").distinct().execute();
    expect(roles.map((r) => r.role).sort()).toEqual(["admin", "member", "moderator"]);
    for (const email of [
      "admin@demo.tvaers.dk",
      "moderator@demo.tvaers.dk",
      "mentor@demo.tvaers.dk",
      "erfaren@demo.tvaers.dk",
      "ny@demo.tvaers.dk",
    ]) {
      expect(await db.selectFrom("member").select("id").where("email", "=", email).executeTakeFirst()).toBeDefined();
    }
    const tracks = await db.selectFrom("thread").select("track").distinct().execute();
    expect(tracks).toHaveLength(3);
    const categories = await db
      .selectFrom("category")
      .innerJoin("thread", "thread.category_id", "category.id")
      .select("category.slug")
      .distinct()
      .execute();
    expect(categories).toHaveLength(5);
  });

  it("keeps reply counts consistent with the posts and contains no personal data", async () => {
    await seedDemo(getDb());
    const threads = await getDb()
      .selectFrom("thread")
      .select((eb) => [
        "thread.id",
        "thread.reply_count",
        eb
          .selectFrom("post")
          .whereRef("post.thread_id", "=", "thread.id")
          .select(eb.fn.countAll<number>().as("n"))
          .as("posts"),
      ])
      .execute();
    for (const thread of threads) expect(Number(thread.posts)).toBe(thread.reply_count + 1);
    const posts = await getDb().selectFrom("post").select("body_source").execute();
    for (const post of posts) expect(findPersonalData(post.body_source).filter((m) => m.kind === "cpr")).toEqual([]);
  });

  it("publishes Vidensbank articles that cite posts of their threads, which search then lifts", async () => {
    await seedDemo(getDb());
    const db = getDb();
    const cited = await db
      .selectFrom("knowledge_article as a")
      .innerJoin("article_source as s", "s.article_id", "a.id")
      .innerJoin("post as p", "p.id", "s.post_id")
      .innerJoin("thread as t", "t.id", "p.thread_id")
      .select(["a.title", "a.status", "t.title as thread_title"])
      .distinct()
      .execute();
    expect(new Set(cited.map((row) => row.title)).size).toBeGreaterThanOrEqual(2);
    for (const row of cited) expect(row.status).toBe("published");
    const request = readSearchRequest(new URLSearchParams("q=afpresset video&vidensbank=1"));
    const { results } = await searchFts5(db, request);
    expect(results[0]?.title).toBe("Dreng på 16 afpresses efter videochat – hvordan griber I sextortion an?");
  });

  it("gives every member a join date before their first post and not before their municipality joined", async () => {
    const now = new Date();
    await seedDemo(getDb(), now);
    const rows = await getDb()
      .selectFrom("member")
      .innerJoin("municipality", "municipality.id", "member.municipality_id")
      .leftJoin("post", "post.author_id", "member.id")
      .select((eb) => [
        "member.email",
        "member.created_at",
        "municipality.joined_on",
        eb.fn.min<string | null>("post.created_at").as("first_post"),
      ])
      .groupBy(["member.id", "municipality.joined_on"])
      .execute();
    for (const row of rows) {
      if (row.first_post) expect(row.created_at < row.first_post, `${row.email} joined before posting`).toBe(true);
      expect(
        row.created_at.slice(0, 10) >= row.joined_on ||
          (row.first_post !== null && row.first_post.slice(0, 10) <= row.joined_on),
        `${row.email} not before the municipality`,
      ).toBe(true);
      expect(Date.parse(row.created_at)).toBeLessThan(now.getTime());
    }
    const veterans = rows.filter(
      (row) => row.first_post && Date.parse(row.first_post) < now.getTime() - 180 * 86_400_000,
    );
    expect(veterans.length, "the demo has members who posted long ago").toBeGreaterThan(0);
    for (const row of veterans)
      expect(Date.parse(row.created_at), `${row.email} was not created today`).toBeLessThan(
        now.getTime() - 180 * 86_400_000,
      );
  });

  it("refuses to seed a database that already holds a network", async () => {
    await seedDemo(getDb());
    await expect(seedDemo(getDb())).rejects.toThrow("already holds a network");
  });
});
