import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { loader as apiLoader } from "../../app/routes/api.search";
import { loader as pageLoader } from "../../app/routes/soeg";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { editPost, deletePost } from "../../app/models/post.server";
import { createCategory, createMember, loadContext } from "../factories";
import { sessionFor } from "../support/sessions";

async function signedInRequest(path: string) {
  const member = await createMember();
  const token = await sessionFor(member.id);
  return {
    member,
    request: new Request(`http://localhost${path}`, { headers: { cookie: `tvaers_session=${token}` } }),
  };
}

async function fixture() {
  const author = await createMember();
  const other = await createMember();
  const category = await createCategory();
  const base = { categoryId: category.id, municipalityId: author.municipality_id, tagIds: [] as number[] };
  return writeTransaction(getDb(), async (tx) => {
    const a = await insertThread(tx, {
      ...base,
      title: "Anonym chat og underretninger",
      body: "Hvornår underretter I, når den unge er anonym i chatten?",
      authorId: author.id,
      track: "newcomer",
      createdAt: "2026-11-01T10:00:00.000Z",
    });
    await insertReply(tx, {
      threadId: a.threadId,
      authorId: other.id,
      body: "Vi laver en underretning, så snart vi kender kommunen.",
      createdAt: "2026-11-01T12:00:00.000Z",
    });
    const b = await insertThread(tx, {
      ...base,
      title: "Skolevægring og forældre",
      body: "Forældrene ved ikke, hvad de skal gøre, når skolevægringen varer ved.",
      authorId: author.id,
      track: "shared",
      createdAt: "2026-11-02T10:00:00.000Z",
    });
    const c = await insertThread(tx, {
      ...base,
      title: "Vagtplan i juleferien",
      body: "Hvem tager chatrådgivningen i julen?",
      authorId: author.id,
      track: "shared",
      createdAt: "2026-11-03T10:00:00.000Z",
    });
    return { a: a.threadId, b: b.threadId, c: c.threadId, aOpening: a.postId, author, other };
  });
}

async function api(q: string, extra = "") {
  const { request } = await signedInRequest(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  const response = (await apiLoader({ request, params: {}, context: loadContext() })) as Response;
  return { status: response.status, body: await response.json() };
}

describe("search through the page and the API", () => {
  it("finds inflected, folded and compound forms and returns the API shape", async () => {
    const f = await fixture();
    const result = await api("underretning anonym chat");
    expect(result.status).toBe(200);
    expect(result.body.results[0]).toMatchObject({
      threadId: f.a,
      answered: false,
      municipality: expect.any(String),
      url: expect.stringMatching(/^\/t\/\d+-/),
    });
    expect(result.body.results[0].snippet).toContain("<mark>");
    expect((await api("skolevaegring foraeldre")).body.results[0].threadId).toBe(f.b);
    expect((await api("rådgivning")).body.results.map((r: { threadId: number }) => r.threadId)).toContain(f.c);
  });

  it("answers hostile queries with results or an empty list, never an error", async () => {
    await fixture();
    for (const q of [
      '"',
      "AND(",
      "NEAR(a b, 2)",
      "*",
      ":",
      "^",
      '"unclosed phrase',
      "-",
      "--",
      "!!!",
      "x".repeat(10_000),
      "a:b OR c*^",
    ]) {
      const result = await api(q);
      expect(result.status, q).toBe(200);
      expect(result.body.total, q).toBeGreaterThanOrEqual(0);
    }
  });

  it("filters by track and answered status and sorts newest first", async () => {
    const f = await fixture();
    expect((await api("chat", "&spor=ny")).body.results.map((r: { threadId: number }) => r.threadId)).toEqual([f.a]);
    expect((await api("chat", "&besvaret=1")).body.total).toBe(0);
    const newest = (await api("chatten forældrene juleferien", "&sortering=nyeste")).body.results.map(
      (r: { threadId: number }) => r.threadId,
    );
    expect(newest).toEqual([f.c, f.b, f.a]);
  });

  it("follows edits and deletions", async () => {
    const f = await fixture();
    await writeTransaction(getDb(), (tx) =>
      editPost(tx, {
        postId: f.aOpening,
        editorId: f.author.id,
        body: "Nu handler det om supervision.",
        at: "2026-11-05T10:00:00.000Z",
      }),
    );
    expect((await api("supervision")).body.results.map((r: { threadId: number }) => r.threadId)).toContain(f.a);
    expect((await api("hvornår")).body.total).toBe(0);
    const replies = await getDb()
      .selectFrom("post")
      .select("id")
      .where("thread_id", "=", f.a)
      .orderBy("id", "desc")
      .execute();
    await writeTransaction(getDb(), (tx) => deletePost(tx, replies[0]!.id, "2026-11-06T10:00:00.000Z"));
    expect((await api("kommunen")).body.total).toBe(0);
  });

  it("offers «Mente du» for a misspelt word and still finds it", async () => {
    const f = await fixture();
    const result = await api("underretnnig");
    expect(result.body.didYouMean).toBeTruthy();
    expect(result.body.results.map((r: { threadId: number }) => r.threadId)).toContain(f.a);
  });

  it("requires a session: the API answers 401, the page redirects to sign-in", async () => {
    const response = (await apiLoader({
      request: new Request("http://localhost/api/search?q=chat"),
      params: {},
      context: loadContext(),
    })) as Response;
    expect(response.status).toBe(401);
    await expect(
      pageLoader({ request: new Request("http://localhost/soeg?q=chat"), params: {}, context: loadContext() }),
    ).rejects.toMatchObject({ status: 302 });
  });

  it("renders the page's results for a member", async () => {
    const f = await fixture();
    const { request } = await signedInRequest("/soeg?q=juleferien");
    const response = (await pageLoader({ request, params: {}, context: loadContext() })) as Response;
    const data = await response.json();
    expect(data.response.results.map((r: { threadId: number }) => r.threadId)).toEqual([f.c]);
  });
});
