import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { audienceForProfession } from "../../app/models/article-section.server";
import { createArticle } from "../../app/models/article.server";
import { redactPostForGood } from "../../app/models/redaction.server";
import { loader as articleLoader } from "../../app/routes/vidensbank.$slug";
import { action as editAction } from "../../app/routes/vidensbank.$slug_.rediger";
import { loader as listLoader } from "../../app/routes/vidensbank._index";
import { loader as printLoader } from "../../app/routes/vidensbank.udskriv";
import { createMember, createMunicipality, createThread, loadContext, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

async function signIn(role: "member" | "moderator", profession = "Chatrådgiver") {
  const member = await createMember({ role });
  await getDb().updateTable("member").set({ profession }).where("id", "=", member.id).execute();
  const token = await sessionFor(member.id);
  return { member, token };
}

async function publishedArticle(title: string, body = "Vi holder fast i samtalen.") {
  const town = await createMunicipality();
  const author = await createMember({ municipalityId: town.id });
  const thread = await createThread({ authorId: author.id, municipalityId: town.id, title: `Tråd om ${title}`, body });
  const article = await writeTransaction(getDb(), (tx) =>
    createArticle(tx, {
      title,
      summary: "Kort resumé.",
      keyPoints: ["Ét punkt"],
      sourcePostIds: [thread.postId],
      tagIds: [],
      ownerId: author.id,
      reviewOn: "2027-06-01",
      status: "published",
      actorId: author.id,
    }),
  );
  return { ...article, postId: thread.postId, authorId: author.id };
}

const ctx = loadContext();
const json = async <T>(response: Response) => (await response.json()) as T;

function editFields(
  article: { postId: number; authorId: number },
  sections: Record<string, string>,
): [string, string][] {
  return [
    ["intent", "save"],
    ["title", "Skolevægring på tværs"],
    ["summary", "Kort resumé."],
    ["keyPoints", "Ét punkt"],
    ["sourcePostIds", String(article.postId)],
    ["ownerId", String(article.authorId)],
    ["reviewOn", "2027-06-01"],
    ["status", "published"],
    ...Object.entries(sections),
  ];
}

type Section = { audience: string; partner: string | null; bodyHtml: string; forViewer: boolean };

describe("the handbook by audience", () => {
  it("maps free-text professions to an audience", () => {
    expect(audienceForProfession("Teamleder, ungerådgivning")).toEqual({ audience: "leaders", partner: null });
    expect(audienceForProfession("Afdelingschef")).toEqual({ audience: "leaders", partner: null });
    expect(audienceForProfession("UU-vejleder")).toEqual({ audience: "partners", partner: "uu" });
    expect(audienceForProfession("Ungdomsvejleder, jobcenter")).toEqual({ audience: "partners", partner: "jobcenter" });
    expect(audienceForProfession("SSP-konsulent")).toEqual({ audience: "partners", partner: "ssp" });
    expect(audienceForProfession("Lærer")).toEqual({ audience: "partners", partner: "skole" });
    expect(audienceForProfession("Skolesocialrådgiver")).toEqual({ audience: "partners", partner: "skole" });
    expect(audienceForProfession("Socialrådgiver")).toEqual({ audience: "partners", partner: "socialforvaltning" });
    expect(audienceForProfession("Ungdomsvejleder")).toEqual({ audience: "practitioners", partner: null });
    expect(audienceForProfession("Chatrådgiver")).toEqual({ audience: "practitioners", partner: null });
  });

  it("a moderator saves sections through the article form; a CPR number in one is refused with the text kept; members see their own section first", async () => {
    const moderator = await signIn("moderator");
    const article = await publishedArticle("Skolevægring på tværs");
    const params = { slug: article.slug };
    const refusedText = "UU kender den unge: 010190-1234.";
    const refused = await callRoute(
      editAction,
      memberRequest(
        `/vidensbank/${article.slug}/rediger`,
        moderator.token,
        editFields(article, {
          "section-leaders": "Sæt **tid** af.",
          "section-partners": refusedText,
          "section-partner": "uu",
        }),
      ),
      params,
    );
    expect(refused.status).toBe(400);
    const refusal = await json<{ fieldErrors: Record<string, string[]>; values: { sections: Record<string, string> } }>(
      refused,
    );
    expect(refusal.fieldErrors["section-partners"]?.[0]).toContain("CPR-nummer");
    expect(refusal.values.sections["section-partners"]).toBe(refusedText);
    expect(await getDb().selectFrom("article_section").select("id").execute()).toEqual([]);

    const saved = await callRoute(
      editAction,
      memberRequest(
        `/vidensbank/${article.slug}/rediger`,
        moderator.token,
        editFields(article, {
          "section-leaders": "Sæt **tid** af.",
          "section-practitioners": "Spørg den unge først.",
          "section-partners": "UU er med fra start.",
          "section-partner": "uu",
        }),
      ),
      params,
    );
    expect(saved.status).toBe(302);
    const rows = await getDb()
      .selectFrom("article_section")
      .select(["audience", "partner", "body_html"])
      .orderBy("position")
      .execute();
    expect(rows.map((row) => [row.audience, row.partner])).toEqual([
      ["leaders", null],
      ["practitioners", null],
      ["partners", "uu"],
    ]);
    expect(rows[0]?.body_html).toContain("<strong>tid</strong>");

    const readerOrder = async (profession: string) => {
      const reader = await signIn("member", profession);
      const data = await json<{ sections: Section[] }>(
        await articleLoader({
          request: memberRequest(`/vidensbank/${article.slug}`, reader.token),
          params,
          context: ctx,
        }),
      );
      return data.sections.map((section) => `${section.audience}${section.forViewer ? "*" : ""}`);
    };
    expect(await readerOrder("UU-vejleder")).toEqual(["partners*", "leaders", "practitioners"]);
    expect(await readerOrder("Teamleder")).toEqual(["leaders*", "practitioners", "partners"]);
    expect(await readerOrder("Chatrådgiver")).toEqual(["practitioners*", "leaders", "partners"]);
    // Partners of another profession are not "for you".
    expect(await readerOrder("SSP-konsulent")).toEqual(["leaders", "practitioners", "partners"]);
  });

  it("the Vidensbank list filters by audience, and the print view holds every article with a table of contents", async () => {
    const member = await signIn("member");
    const forLeaders = await publishedArticle("Ledelse af chatten");
    const plain = await publishedArticle("Uden målgrupper");
    await getDb()
      .insertInto("article_section")
      .values({
        article_id: forLeaders.id,
        audience: "leaders",
        partner: null,
        body_source: "Afsæt tid.",
        body_html: "<p>Afsæt tid.</p>",
      })
      .execute();
    const titles = async (query: string) => {
      const data = await json<{ groups: { articles: { title: string }[] }[] }>(
        await listLoader({ request: memberRequest(`/vidensbank${query}`, member.token), params: {}, context: ctx }),
      );
      return data.groups.flatMap((group) => group.articles.map((article) => article.title)).sort();
    };
    expect(await titles("")).toEqual(["Ledelse af chatten", "Uden målgrupper"]);
    expect(await titles("?maalgruppe=ledere")).toEqual(["Ledelse af chatten"]);
    expect(await titles("?maalgruppe=praktikere")).toEqual([]);
    expect(await titles("?maalgruppe=noget-andet")).toEqual(["Ledelse af chatten", "Uden målgrupper"]);

    const printed = await json<{ chapters: { articles: { title: string; sections: Section[] }[] }[] }>(
      await printLoader({ request: memberRequest("/vidensbank/udskriv", member.token), params: {}, context: ctx }),
    );
    const articles = printed.chapters.flatMap((chapter) => chapter.articles);
    expect(articles.map((article) => article.title).sort()).toEqual(["Ledelse af chatten", "Uden målgrupper"]);
    expect(
      articles.find((article) => article.title === "Ledelse af chatten")?.sections.map((section) => section.bodyHtml),
    ).toEqual(["<p>Afsæt tid.</p>"]);
    expect(plain.slug).toBeTruthy();
    await expect(
      printLoader({
        request: memberRequest("/vidensbank/udskriv?tema=findes-ikke", member.token),
        params: {},
        context: ctx,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("redacting a text for good also rewrites the articles' audience sections", async () => {
    const secret = "Thorvaldine Kwiatkowskøj";
    const moderator = await signIn("moderator");
    const article = await publishedArticle("Sagen fra efteråret", `Jeg talte med ${secret} i går.`);
    await getDb()
      .insertInto("article_section")
      .values({
        article_id: article.id,
        audience: "practitioners",
        partner: null,
        body_source: `Husk ${secret} som eksempel.`,
        body_html: `<p>Husk ${secret} som eksempel.</p>`,
      })
      .execute();
    const result = await redactPostForGood(getDb(), {
      postId: article.postId,
      text: secret,
      moderatorId: moderator.member.id,
    });
    expect(result.occurrences).toBeGreaterThanOrEqual(2);
    const section = await getDb()
      .selectFrom("article_section")
      .select(["body_source", "body_html"])
      .where("article_id", "=", article.id)
      .executeTakeFirstOrThrow();
    expect(section.body_source).not.toContain("Thorvaldine");
    expect(section.body_html).not.toContain("Thorvaldine");
    expect(section.body_source).toContain("Husk");
  });
});
