import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb, writeTransaction } from "../../app/db.server";
import { listRevisions, replyToThread } from "../../app/models/post.server";
import { findThread } from "../../app/models/thread.server";
import { loader as historyLoader } from "../../app/routes/indlaeg.$postId.historik";
import { action as editAction } from "../../app/routes/indlaeg.$postId.rediger";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
import { insertThread } from "../../app/models/thread.server";
import { createCategory, createMember, createMunicipality, createThread, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";
import { threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";

/**
 * A thread by `author` (opening post "Spørgsmålet") with one reply by `replier`,
 * plus a plain `other` member, a moderator and an admin, each with a signed-in token.
 */
async function world() {
  const municipality = await createMunicipality();
  const make = async (role: SiteRole = "member") => {
    const member = await createMember({ municipalityId: municipality.id, role });
    return { ...member, token: await sessionFor(member.id) };
  };
  const author = await make();
  const replier = await make();
  const other = await make();
  const moderator = await make("moderator");
  const admin = await make("admin");
  const { threadId, postId: openingId } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    body: "Spørgsmålet",
  });
  const { postId: replyId } = await writeTransaction(getDb(), (tx) =>
    replyToThread(tx, {
      threadId,
      authorId: replier.id,
      body: "Det oprindelige svar",
      createdAt: new Date().toISOString(),
    }),
  );
  const thread = await threadAddress(threadId);
  const members = { author, replier, other, moderator, admin };
  return { threadId, openingId, replyId, thread, members, municipality };
}
type Who = keyof Awaited<ReturnType<typeof world>>["members"];

const edit = (token: string, postId: number, fields: [string, string][]) =>
  callRoute(editAction, memberRequest(`/indlaeg/${postId}/rediger`, token, fields), { postId: String(postId) });
const history = (token: string, postId: number) =>
  callRoute(historyLoader, memberRequest(`/indlaeg/${postId}/historik`, token, null), { postId: String(postId) });
const onThread = (token: string, thread: { id: number; slug: string }, fields: Record<string, string>) =>
  callRoute(threadAction, memberRequest(`/t/${thread.id}-${thread.slug}`, token, Object.entries(fields)), {
    threadRef: `${thread.id}-${thread.slug}`,
  });

const postRow = (id: number) => getDb().selectFrom("post").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const revisions = (postId: number) =>
  getDb().selectFrom("post_revision").selectAll().where("post_id", "=", postId).orderBy("id").execute();

describe("editing", () => {
  it("a member cannot edit another member's post (403) and nothing changes", async () => {
    const w = await world();
    const response = await edit(w.members.other.token, w.replyId, [["body", "Overskrevet"]]);
    expect(response.status).toBe(403);
    expect(await postRow(w.replyId)).toMatchObject({ body_source: "Det oprindelige svar", edited_at: null });
    expect(await revisions(w.replyId)).toHaveLength(0);
  });

  it("a moderator can edit, and the revision keeps the previous text and the editor", async () => {
    const w = await world();
    const response = await edit(w.members.moderator.token, w.replyId, [["body", "Rettet af moderator"]]);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/t/${w.thread.id}-${w.thread.slug}#indlaeg-${w.replyId}`);
    const post = await postRow(w.replyId);
    expect(post.body_source).toBe("Rettet af moderator");
    expect(post.body_html).toContain("Rettet af moderator");
    expect(post.edited_at).not.toBeNull();
    expect(await revisions(w.replyId)).toEqual([
      expect.objectContaining({
        editor_id: w.members.moderator.id,
        body_source: "Det oprindelige svar",
        title: null,
        tags: null,
      }),
    ]);
    const listed = await listRevisions(getDb(), w.replyId);
    expect(listed[0]?.editor_name).toBe(w.members.moderator.display_name);
  });

  it("an unchanged save adds no revision", async () => {
    const w = await world();
    expect((await edit(w.members.replier.token, w.replyId, [["body", "Det oprindelige svar"]])).status).toBe(302);
    expect(await revisions(w.replyId)).toHaveLength(0);
  });

  it("editing the opening post's title and tags records the previous title and tags", async () => {
    const municipality = await createMunicipality();
    const author = await createMember({ municipalityId: municipality.id });
    const category = await createCategory();
    const tags = await getDb()
      .insertInto("tag")
      .values(
        ["Skolevægring", "Angst", "Misbrug"].map((label, i) => ({
          slug: `t-${i}`,
          label,
          kind: "theme" as const,
          description: "",
        })),
      )
      .returning(["id", "label"])
      .execute();
    const [skole, angst, misbrug] = tags.map((t) => t.id) as [number, number, number];
    const { threadId, postId } = await writeTransaction(getDb(), (tx) =>
      insertThread(tx, {
        title: "Den gamle titel",
        body: "Spørgsmålet",
        categoryId: category.id,
        authorId: author.id,
        municipalityId: municipality.id,
        track: "shared",
        tagIds: [skole, angst],
        createdAt: new Date().toISOString(),
      }),
    );
    const token = await sessionFor(author.id);
    const response = await edit(token, postId, [
      ["title", "Den nye titel"],
      ["tagIds", String(misbrug)],
      ["tagIds", String(skole)],
      ["body", "Spørgsmålet"],
    ]);
    expect(response.status).toBe(302);

    const [revision, ...more] = await revisions(postId);
    expect(more).toHaveLength(0);
    expect(revision).toMatchObject({ editor_id: author.id, title: "Den gamle titel", body_source: "Spørgsmålet" });
    expect(JSON.parse(revision!.tags!)).toEqual(["Angst", "Skolevægring"]);
    const shown = await findThread(getDb(), threadId);
    expect(shown?.title).toBe("Den nye titel");
    expect(shown?.tags.map((t) => t.label).sort()).toEqual(["Misbrug", "Skolevægring"]);

    // The same title and tags again, in another order: nothing to record.
    await edit(token, postId, [
      ["title", "Den nye titel"],
      ["tagIds", String(skole)],
      ["tagIds", String(misbrug)],
      ["body", "Spørgsmålet"],
    ]);
    expect(await revisions(postId)).toHaveLength(1);
  });

  it("an unknown tag refuses the whole edit: no revision, title and body unchanged", async () => {
    const w = await world();
    const response = await edit(w.members.author.token, w.openingId, [
      ["title", "Helt ny titel"],
      ["tagIds", "999999"],
      ["body", "Ny tekst"],
    ]);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("Et af de valgte tags findes ikke længere.");
    expect(await revisions(w.openingId)).toHaveLength(0);
    expect((await postRow(w.openingId)).body_source).toBe("Spørgsmålet");
    expect((await findThread(getDb(), w.threadId))?.title).toBe("En tråd om skolevægring");
  });

  it("a title sent with a reply's edit does not rename the thread", async () => {
    const w = await world();
    expect(
      (
        await edit(w.members.replier.token, w.replyId, [
          ["title", "Kapret titel"],
          ["body", "Rettet svar"],
        ])
      ).status,
    ).toBe(302);
    expect((await findThread(getDb(), w.threadId))?.title).toBe("En tråd om skolevægring");
    expect(await revisions(w.replyId)).toEqual([
      expect.objectContaining({ title: null, body_source: "Det oprindelige svar" }),
    ]);
  });

  it("in a locked thread the author gets 403 while a moderator can still edit", async () => {
    const w = await world();
    await getDb().updateTable("thread").set({ locked: 1 }).where("id", "=", w.threadId).execute();
    expect((await edit(w.members.replier.token, w.replyId, [["body", "Ny tekst"]])).status).toBe(403);
    expect((await edit(w.members.moderator.token, w.replyId, [["body", "Ny tekst"]])).status).toBe(302);
    expect((await postRow(w.replyId)).body_source).toBe("Ny tekst");
  });
});

describe("history", () => {
  const cases: { who: Who; status: number }[] = [
    { who: "replier", status: 200 },
    { who: "moderator", status: 200 },
    { who: "admin", status: 200 },
    { who: "other", status: 403 },
    { who: "author", status: 403 }, // the thread's author is not the reply's author
  ];
  it.each(cases)("the history of a reply answers $status to the $who", async ({ who, status }) => {
    const w = await world();
    await edit(w.members.replier.token, w.replyId, [["body", "Anden version"]]);
    const response = await history(w.members[who].token, w.replyId);
    expect(response.status).toBe(status);
    if (status === 200) {
      const data = await response.json();
      expect(data.current).toBe("Anden version");
      expect(data.revisions.map((r: { body_source: string }) => r.body_source)).toEqual(["Det oprindelige svar"]);
    }
  });
});

describe("deleting", () => {
  const cases: { who: Who; status: number }[] = [
    { who: "other", status: 403 },
    { who: "author", status: 403 }, // owning the thread does not give rights over others' replies
    { who: "replier", status: 302 },
    { who: "moderator", status: 302 },
  ];
  it.each(cases)("a reply deleted by the $who answers $status", async ({ who, status }) => {
    const w = await world();
    const response = await onThread(w.members[who].token, w.thread, { intent: "delete", postId: String(w.replyId) });
    expect(response.status).toBe(status);
    const post = await postRow(w.replyId);
    expect(post.deleted_at === null).toBe(status !== 302);
    expect((await findThread(getDb(), w.threadId))?.replyCount).toBe(status === 302 ? 0 : 1);
  });

  it("the opening post cannot be deleted through the page while it has replies", async () => {
    const w = await world();
    const response = await onThread(w.members.moderator.token, w.thread, {
      intent: "delete",
      postId: String(w.openingId),
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toBe(
      "Trådens første indlæg kan ikke slettes, så længe der er svar i tråden.",
    );
    expect((await postRow(w.openingId)).deleted_at).toBeNull();
  });
});

describe("accepted answer", () => {
  const solutionState = async (threadId: number) => (await findThread(getDb(), threadId))?.solutionPostId ?? null;
  const cases: { who: Who; status: number }[] = [
    { who: "author", status: 302 },
    { who: "moderator", status: 302 },
    { who: "other", status: 403 },
    { who: "replier", status: 403 }, // writing the answer does not let you accept it
  ];
  it.each(cases)("setting the solution as the $who answers $status", async ({ who, status }) => {
    const w = await world();
    const response = await onThread(w.members[who].token, w.thread, { intent: "solution", postId: String(w.replyId) });
    expect(response.status).toBe(status);
    expect(await solutionState(w.threadId)).toBe(status === 302 ? w.replyId : null);
  });

  it("only the author or a moderator can take the solution back", async () => {
    const w = await world();
    await onThread(w.members.author.token, w.thread, { intent: "solution", postId: String(w.replyId) });
    expect(
      (await onThread(w.members.other.token, w.thread, { intent: "unsolution", postId: String(w.replyId) })).status,
    ).toBe(403);
    expect(await solutionState(w.threadId)).toBe(w.replyId);
    expect(
      (await onThread(w.members.moderator.token, w.thread, { intent: "unsolution", postId: String(w.replyId) })).status,
    ).toBe(302);
    expect(await solutionState(w.threadId)).toBeNull();
  });

  it("the solution must be a visible reply in the same thread", async () => {
    const w = await world();
    const elsewhere = await createThread({ authorId: w.members.other.id, municipalityId: w.municipality.id });
    const { postId: foreignReply } = await writeTransaction(getDb(), (tx) =>
      replyToThread(tx, {
        threadId: elsewhere.threadId,
        authorId: w.members.replier.id,
        body: "Svar i en anden tråd",
        createdAt: new Date().toISOString(),
      }),
    );
    const refusals: [number, number, string][] = [
      [foreignReply, 404, "Indlægget findes ikke i tråden."],
      [w.openingId, 400, "Spørgsmålet selv kan ikke være løsningen."],
      [999999, 404, "Indlægget findes ikke i tråden."],
    ];
    for (const [postId, status, message] of refusals) {
      const response = await onThread(w.members.author.token, w.thread, { intent: "solution", postId: String(postId) });
      expect(response.status).toBe(status);
      expect((await response.json()).error).toBe(message);
    }
    await onThread(w.members.replier.token, w.thread, { intent: "delete", postId: String(w.replyId) });
    const deleted = await onThread(w.members.author.token, w.thread, { intent: "solution", postId: String(w.replyId) });
    expect(deleted.status).toBe(404);
    expect(await solutionState(w.threadId)).toBeNull();
    expect(await solutionState(elsewhere.threadId)).toBeNull();
  });
});
