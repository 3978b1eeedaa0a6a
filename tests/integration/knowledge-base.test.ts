import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { createArticle } from "../../app/models/article.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { loader as searchLoader } from "../../app/routes/soeg";
import { loader as threadLoader } from "../../app/routes/t.$threadRef/route";
import { action as editAction } from "../../app/routes/vidensbank.$slug_.rediger";
import { loader as articleLoader } from "../../app/routes/vidensbank.$slug";
import { loader as indexLoader } from "../../app/routes/vidensbank._index";
import { action as newAction, loader as newLoader } from "../../app/routes/vidensbank.ny";
import type { SiteRole } from "../../db/schema";
import { createCategory, createMember, loadContext } from "../factories";
import { sessionFor } from "../support/sessions";

async function signIn(role: SiteRole = "member") {
  const member = await createMember({ role });
  const token = await sessionFor(member.id);
  const cookie = `tvaers_session=${token}`;
  return {
    member,
    get: (path: string) => new Request(`http://localhost${path}`, { headers: { cookie } }),
    post: (path: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fields))
        for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
      return new Request(`http://localhost${path}`, {
        method: "POST",
        headers: { cookie, "Content-Type": "application/x-www-form-urlencoded" },
        body,
      });
    },
  };
}

async function body<T = Record<string, unknown>>(result: unknown): Promise<T> {
  return (await (result as Response).json()) as T;
}

async function themeTag(slug: string, label: string) {
  return getDb()
    .insertInto("tag")
    .values({ slug, label, kind: "theme", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** Two threads that match «skolevægring handleplan» equally well; `plain` is newer, so it wins ties without a lift. */
async function fixture() {
  const author = await createMember();
  const other = await createMember();
  const category = await createCategory();
  const base = {
    categoryId: category.id,
    municipalityId: author.municipality_id,
    tagIds: [] as number[],
    track: "shared" as const,
  };
  const text = {
    title: "Skolevægring og handleplan",
    body: "Hvordan laver I en handleplan, når skolevægringen varer ved?",
  };
  return writeTransaction(getDb(), async (tx) => {
    const cited = await insertThread(tx, {
      ...base,
      ...text,
      authorId: author.id,
      createdAt: "2026-10-01T10:00:00.000Z",
    });
    const reply = await insertReply(tx, {
      threadId: cited.threadId,
      authorId: other.id,
      body: "Vi holder et netværksmøde med skole og forældre først.",
      createdAt: "2026-10-01T11:00:00.000Z",
    });
    const plain = await insertThread(tx, {
      ...base,
      ...text,
      authorId: author.id,
      createdAt: "2026-10-02T10:00:00.000Z",
    });
    return {
      cited: cited.threadId,
      citedOpening: cited.postId,
      citedReply: reply.postId,
      plain: plain.threadId,
      plainOpening: plain.postId,
      other,
    };
  });
}

function articleFields(overrides: Record<string, string | string[]> = {}) {
  return {
    title: "Netværksmøder ved skolevægring",
    summary: "Start med et **netværksmøde** med skole og forældre.",
    keyPoints: "Mød skolen og forældrene samlet\n- Aftal én tovholder\n\n",
    ownerId: "",
    reviewOn: "2027-11-23",
    status: "draft",
    intent: "save",
    ...overrides,
  };
}

const ctx = loadContext();

describe("Vidensbank articles", () => {
  it("lets a moderator create a draft from a thread, hides it from members, and publishes it", async () => {
    const f = await fixture();
    const theme = await themeTag("skolefravaer", "Skolefravær");
    const moderator = await signIn("moderator");
    const member = await signIn("member");

    const { form } = await body<{ form: { posts: { id: number }[]; defaults: { ownerId: number } } }>(
      await newLoader({ request: moderator.get(`/vidensbank/ny?traad=${f.cited}`), params: {}, context: ctx }),
    );
    expect(form.posts.map((p) => p.id)).toEqual([f.citedOpening, f.citedReply]);
    expect(form.defaults.ownerId).toBe(moderator.member.id);
    await expect(
      newLoader({ request: member.get(`/vidensbank/ny?traad=${f.cited}`), params: {}, context: ctx }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(newLoader({ request: member.get("/vidensbank/ny"), params: {}, context: ctx })).rejects.toMatchObject({
      status: 403,
    });
    // Without a thread a moderator is told how to start an article; with an unknown thread too, answered 404.
    const withoutThread = await newLoader({ request: moderator.get("/vidensbank/ny"), params: {}, context: ctx });
    expect(withoutThread.status).toBe(200);
    expect(await body<{ start: string; form: null }>(withoutThread)).toEqual({ start: "absent", form: null });
    const unknownThread = await newLoader({
      request: moderator.get("/vidensbank/ny?traad=999999"),
      params: {},
      context: ctx,
    });
    expect(unknownThread.status).toBe(404);

    const created = (await newAction({
      request: moderator.post(
        `/vidensbank/ny?traad=${f.cited}`,
        articleFields({
          ownerId: String(f.other.id),
          sourcePostIds: [String(f.citedOpening), String(f.citedReply)],
          tagIds: [String(theme.id)],
        }),
      ),
      params: {},
      context: ctx,
    })) as Response;
    expect(created.status).toBe(302);
    expect(created.headers.get("Location")).toBe("/vidensbank/netvaerksmoeder-ved-skolevaegring");
    const row = await getDb().selectFrom("knowledge_article").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "draft",
      owner_id: f.other.id,
      created_by: moderator.member.id,
      review_on: "2027-11-23",
      published_at: null,
    });
    expect(JSON.parse(row.key_points)).toEqual(["Mød skolen og forældrene samlet", "Aftal én tovholder"]);
    expect(row.summary_html).toContain("<strong>netværksmøde</strong>");
    expect(await getDb().selectFrom("article_source").select("post_id").orderBy("post_id").execute()).toEqual([
      { post_id: f.citedOpening },
      { post_id: f.citedReply },
    ]);

    const slug = row.slug;
    await expect(
      articleLoader({ request: member.get(`/vidensbank/${slug}`), params: { slug }, context: ctx }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      (
        await body<{ groups: unknown[] }>(
          await indexLoader({ request: member.get("/vidensbank"), params: {}, context: ctx }),
        )
      ).groups,
    ).toEqual([]);
    expect(
      (
        await body<{ drafts: { slug: string }[] }>(
          await indexLoader({ request: moderator.get("/vidensbank"), params: {}, context: ctx }),
        )
      ).drafts.map((d) => d.slug),
    ).toEqual([slug]);
    expect(
      (
        await body<{ knowledgeArticle: unknown }>(
          await threadLoader({
            request: member.get(`/t/${f.cited}`),
            params: { threadRef: `${f.cited}-skolevaegring-og-handleplan` },
            context: ctx,
          }),
        )
      ).knowledgeArticle,
    ).toBeNull();

    const published = (await editAction({
      request: moderator.post(`/vidensbank/${slug}/rediger`, { intent: "publish" }),
      params: { slug },
      context: ctx,
    })) as Response;
    expect(published.status).toBe(302);

    const page = await body<{
      article: {
        title: string;
        keyPoints: string[];
        sources: { thread: { id: number } }[];
        municipalities: { name: string }[];
        owner: { id: number };
      };
    }>(await articleLoader({ request: member.get(`/vidensbank/${slug}`), params: { slug }, context: ctx }));
    expect(page.article.sources.map((s) => s.thread.id)).toEqual([f.cited, f.cited]);
    expect(page.article.municipalities).toHaveLength(2);
    expect(page.article.owner.id).toBe(f.other.id);
    const index = await body<{ groups: { theme: { label: string } | null; articles: { slug: string }[] }[] }>(
      await indexLoader({ request: member.get("/vidensbank"), params: {}, context: ctx }),
    );
    expect(index.groups).toEqual([
      { theme: { slug: "skolefravaer", label: "Skolefravær" }, articles: [expect.objectContaining({ slug })] },
    ]);
    const thread = await body<{ knowledgeArticle: { slug: string } }>(
      await threadLoader({
        request: member.get(`/t/${f.cited}`),
        params: { threadRef: `${f.cited}-skolevaegring-og-handleplan` },
        context: ctx,
      }),
    );
    expect(thread.knowledgeArticle).toEqual({ slug, title: "Netværksmøder ved skolevægring" });

    const events = await getDb()
      .selectFrom("admin_event")
      .select(["action", "actor_id", "target_type"])
      .where("target_type", "=", "article")
      .orderBy("id")
      .execute();
    expect(events).toEqual([
      { action: "article.create", actor_id: moderator.member.id, target_type: "article" },
      { action: "article.publish", actor_id: moderator.member.id, target_type: "article" },
    ]);
  });

  it("edits an article, gives it a new slug for a new title, and unpublishes it", async () => {
    const f = await fixture();
    const moderator = await signIn("moderator");
    const member = await signIn("member");
    const article = await writeTransaction(getDb(), (tx) =>
      createArticle(tx, {
        title: "Første titel",
        summary: "Resumé",
        keyPoints: ["Et punkt"],
        sourcePostIds: [f.citedOpening],
        tagIds: [],
        ownerId: moderator.member.id,
        reviewOn: "2027-01-01",
        status: "published",
        actorId: moderator.member.id,
      }),
    );
    const edited = (await editAction({
      request: moderator.post(
        `/vidensbank/${article.slug}/rediger`,
        articleFields({
          title: "Anden titel",
          ownerId: String(moderator.member.id),
          sourcePostIds: [String(f.citedReply)],
          status: "published",
        }),
      ),
      params: { slug: article.slug },
      context: ctx,
    })) as Response;
    expect(edited.headers.get("Location")).toBe("/vidensbank/anden-titel");
    expect(await getDb().selectFrom("article_source").select("post_id").execute()).toEqual([{ post_id: f.citedReply }]);

    // A post from a thread the article does not cite is refused.
    const foreign = await editAction({
      request: moderator.post(
        "/vidensbank/anden-titel/rediger",
        articleFields({
          ownerId: String(moderator.member.id),
          sourcePostIds: [String(f.citedReply), String(f.plainOpening)],
        }),
      ),
      params: { slug: "anden-titel" },
      context: ctx,
    });
    expect((foreign as Response).status).toBe(400);
    expect((await body<{ fieldErrors: Record<string, string[]> }>(foreign)).fieldErrors.sourcePostIds).toEqual([
      "Vælg kun indlæg fra tråden.",
    ]);

    await editAction({
      request: moderator.post("/vidensbank/anden-titel/rediger", { intent: "unpublish" }),
      params: { slug: "anden-titel" },
      context: ctx,
    });
    await expect(
      articleLoader({ request: member.get("/vidensbank/anden-titel"), params: { slug: "anden-titel" }, context: ctx }),
    ).rejects.toMatchObject({ status: 404 });
    const actions = (
      await getDb()
        .selectFrom("admin_event")
        .select("action")
        .where("target_type", "=", "article")
        .orderBy("id")
        .execute()
    ).map((e) => e.action);
    expect(actions).toEqual(["article.create", "article.publish", "article.update", "article.unpublish"]);
  });

  it("refuses a CPR number in the summary and keeps what was typed", async () => {
    const f = await fixture();
    const moderator = await signIn("moderator");
    const response = (await newAction({
      request: moderator.post(
        `/vidensbank/ny?traad=${f.cited}`,
        articleFields({
          summary: "Pigen har CPR 010190-1234 i journalen.",
          ownerId: String(moderator.member.id),
          sourcePostIds: [String(f.citedOpening)],
        }),
      ),
      params: {},
      context: ctx,
    })) as Response;
    expect(response.status).toBe(400);
    const result = await body<{ fieldErrors: Record<string, string[]>; values: { summary: string } }>(response);
    expect(result.fieldErrors.summary?.[0]).toMatch(/CPR/);
    expect(result.values.summary).toContain("010190-1234");
    // A CPR number in a key point is refused as well.
    const inPoint = (await newAction({
      request: moderator.post(
        `/vidensbank/ny?traad=${f.cited}`,
        articleFields({
          keyPoints: "Ring til 0101901234",
          ownerId: String(moderator.member.id),
          sourcePostIds: [String(f.citedOpening)],
        }),
      ),
      params: {},
      context: ctx,
    })) as Response;
    expect(inPoint.status).toBe(400);
    expect(await getDb().selectFrom("knowledge_article").select("id").execute()).toEqual([]);
  });

  it("ranks a thread cited by a published article above an equally relevant one, and filters to Vidensbank threads", async () => {
    const f = await fixture();
    const member = await signIn("member");
    const search = async (query: string, extra = "") =>
      body<{ response: { total: number; results: { threadId: number; article?: { slug: string } | null }[] } }>(
        await searchLoader({
          request: member.get(`/soeg?q=${encodeURIComponent(query)}${extra}`),
          params: {},
          context: ctx,
        }),
      );

    expect((await search("skolevægring handleplan")).response.results.map((r) => r.threadId)).toEqual([
      f.plain,
      f.cited,
    ]);
    const article = await writeTransaction(getDb(), (tx) =>
      createArticle(tx, {
        title: "Handleplaner",
        summary: "Resumé",
        keyPoints: ["Punkt"],
        sourcePostIds: [f.citedReply],
        tagIds: [],
        ownerId: member.member.id,
        reviewOn: "2027-01-01",
        status: "draft",
        actorId: member.member.id,
      }),
    );
    // A draft lifts nothing and is not offered by the filter.
    expect((await search("skolevægring handleplan")).response.results.map((r) => r.threadId)).toEqual([
      f.plain,
      f.cited,
    ]);
    expect((await search("skolevægring handleplan", "&vidensbank=1")).response.total).toBe(0);

    await getDb().updateTable("knowledge_article").set({ status: "published" }).where("id", "=", article.id).execute();
    const ranked = (await search("skolevægring handleplan")).response.results;
    expect(ranked.map((r) => r.threadId)).toEqual([f.cited, f.plain]);
    expect(ranked[0]?.article).toEqual({ slug: article.slug, title: "Handleplaner" });
    expect(ranked[1]?.article).toBeNull();
    expect((await search("skolevægring handleplan", "&vidensbank=1")).response.results.map((r) => r.threadId)).toEqual([
      f.cited,
    ]);
  });

  it("lists articles past their review date for moderators only", async () => {
    const f = await fixture();
    const moderator = await signIn("moderator");
    const member = await signIn("member");
    const make = (title: string, reviewOn: string, status: "draft" | "published") =>
      writeTransaction(getDb(), (tx) =>
        createArticle(tx, {
          title,
          summary: "Resumé",
          keyPoints: ["Punkt"],
          sourcePostIds: [f.citedOpening],
          tagIds: [],
          ownerId: moderator.member.id,
          reviewOn,
          status,
          actorId: moderator.member.id,
        }),
      );
    await make("Forældet artikel", "2020-01-01", "published");
    await make("Forældet kladde", "2021-06-01", "draft");
    await make("Frisk artikel", "2999-01-01", "published");
    const forModerator = await body<{ due: { title: string }[] }>(
      await indexLoader({ request: moderator.get("/vidensbank"), params: {}, context: ctx }),
    );
    expect(forModerator.due.map((a) => a.title)).toEqual(["Forældet artikel", "Forældet kladde"]);
    const forMember = await body<{ due: unknown[]; groups: { theme: unknown; articles: { title: string }[] }[] }>(
      await indexLoader({ request: member.get("/vidensbank"), params: {}, context: ctx }),
    );
    expect(forMember.due).toEqual([]);
    expect(forMember.groups).toEqual([
      {
        theme: null,
        articles: [
          expect.objectContaining({ title: "Forældet artikel" }),
          expect.objectContaining({ title: "Frisk artikel" }),
        ],
      },
    ]);
  });
});
