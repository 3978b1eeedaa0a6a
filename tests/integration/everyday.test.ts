import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { listBookmarks, toggleBookmark } from "../../app/models/bookmark.server";
import { findDraft, listDrafts, saveDraft } from "../../app/models/draft.server";
import { deletePost, replyToThread, restoreDeletedPost } from "../../app/models/post.server";
import { findThread } from "../../app/models/thread.server";
import { diffText } from "../../app/models/text-diff";
import { eraseMember, exportMemberData } from "../../app/models/data-rights.server";
import { action as draftAction } from "../../app/routes/api.kladde";
import { action as deleteAction, loader as deleteLoader } from "../../app/routes/indlaeg.$postId.slet";
import { action as bookmarkAction } from "../../app/routes/indlaeg.$postId.gem";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
import { createMember, createMunicipality, createThread, formRequest, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";
import { threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";

// Drafts, bookmarks, deletion with undo and quotes without JavaScript, against a real SQLite file.
async function world() {
  const municipality = await createMunicipality();
  const author = await createMember({ municipalityId: municipality.id, displayName: "Ida Author" });
  const replier = await createMember({ municipalityId: municipality.id });
  const other = await createMember({ municipalityId: municipality.id });
  const { threadId, postId: openingId } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    body: "Spørgsmålet om skolevægring",
  });
  const { postId: replyId } = await writeTransaction(getDb(), (tx) =>
    replyToThread(tx, { threadId, authorId: replier.id, body: "Et svar", createdAt: new Date().toISOString() }),
  );
  const thread = await threadAddress(threadId);
  return { thread, threadId, openingId, replyId, author, replier, other };
}

const draftRows = () => getDb().selectFrom("draft").selectAll().execute();
const postRow = (id: number) => getDb().selectFrom("post").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const MINUTE = 60_000;

describe("drafts", () => {
  it("keeps one reply draft per member and thread, updated in place, and one new-thread draft", async () => {
    const w = await world();
    const at = new Date().toISOString();
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Første udkast", at }),
    );
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Andet udkast", at }),
    );
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: null, title: "Ny tråd om fravær", body: "Tekst", at }),
    );
    expect((await findDraft(getDb(), w.other.id, w.threadId))?.body).toBe("Andet udkast");
    expect((await findDraft(getDb(), w.other.id, null))?.title).toBe("Ny tråd om fravær");
    expect(
      await findDraft(getDb(), w.replier.id, w.threadId),
      "another member's draft is theirs alone",
    ).toBeUndefined();
    expect((await listDrafts(getDb(), w.other.id)).map((d) => d.thread_id).sort()).toEqual([w.threadId, null].sort());
  });

  it("never stores a draft containing a CPR number, and keeps the last good draft", async () => {
    const w = await world();
    const at = new Date().toISOString();
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Pige, 15, skriver", at }),
    );
    const refused = await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Pige, 15, cpr 010190-1234", at }),
    );
    expect(refused.status).toBe("refused");
    const refusedTitle = await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: null, title: "Om 0101901234", body: "x", at }),
    );
    expect(refusedTitle.status).toBe("refused");
    const rows = await draftRows();
    expect(rows.map((row) => row.body)).toEqual(["Pige, 15, skriver"]);
    expect(JSON.stringify(rows)).not.toContain("1234");
  });

  it("the draft endpoint answers a CPR with a Danish refusal and stores nothing", async () => {
    const w = await world();
    const token = await sessionFor(w.other.id);
    const response = await callRoute(
      draftAction,
      memberRequest("/api/kladde", token, { threadId: String(w.threadId), body: "Dreng 14, 121212-1212" }),
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).toMatch(/ikke gemt.*CPR/);
    expect(await draftRows()).toEqual([]);
  });

  it("the draft endpoint answers an expired session with JSON, not a sign-in page, and the next save with a session succeeds", async () => {
    const w = await world();
    const signedOut = await callRoute(
      draftAction,
      formRequest("/api/kladde", { threadId: String(w.threadId), body: "Tekst" }),
    );
    expect(signedOut.status).toBe(401);
    expect(((await signedOut.json()) as { status: string }).status).toBe("signed-out");
    const token = await sessionFor(w.other.id);
    const saved = await callRoute(
      draftAction,
      memberRequest("/api/kladde", token, { threadId: String(w.threadId), body: "Tekst" }),
    );
    expect(saved.status).toBe(200);
    expect((await findDraft(getDb(), w.other.id, w.threadId))?.body).toBe("Tekst");
  });

  it("a posted reply deletes the member's draft for that thread", async () => {
    const w = await world();
    const token = await sessionFor(w.other.id);
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Halvt svar", at: new Date().toISOString() }),
    );
    const ref = `${w.thread.id}-${w.thread.slug}`;
    const response = await callRoute(
      threadAction,
      memberRequest(`/t/${ref}`, token, { intent: "reply", body: "Det færdige svar" }),
      { threadRef: ref },
    );
    expect(response.status).toBe(302);
    expect(await findDraft(getDb(), w.other.id, w.threadId)).toBeUndefined();
  });
});

describe("drafts and bookmarks are the member's data", () => {
  it("the data export lists them, and erasing the member removes them", async () => {
    const w = await world();
    const at = new Date().toISOString();
    await writeTransaction(getDb(), (tx) =>
      saveDraft(tx, { memberId: w.other.id, threadId: w.threadId, body: "Ikke sendt endnu", at }),
    );
    await writeTransaction(getDb(), (tx) => toggleBookmark(tx, w.other.id, w.replyId, at));
    const exported = await exportMemberData(getDb(), w.other.id);
    expect(exported.drafts.map((d) => d.body)).toEqual(["Ikke sendt endnu"]);
    expect(exported.bookmarks.map((b) => b.post_id)).toEqual([w.replyId]);
    await writeTransaction(getDb(), (tx) => eraseMember(tx, { memberId: w.other.id, actorId: w.author.id }));
    expect(await draftRows()).toEqual([]);
    expect(await getDb().selectFrom("bookmark").selectAll().execute()).toEqual([]);
  });
});

describe("quotes without JavaScript", () => {
  it("«Citér» as a submit of the reply form keeps the typed text and appends the quote with a link to the quoted post", async () => {
    const w = await world();
    const token = await sessionFor(w.other.id);
    const ref = `${w.thread.id}-${w.thread.slug}`;
    const response = await callRoute(
      threadAction,
      memberRequest(`/t/${ref}`, token, { body: "Mit halve svar", quotePostId: String(w.openingId) }),
      { threadRef: ref },
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as { body: string };
    expect(result.body).toBe(
      `Mit halve svar\n\n> **Ida Author** [skrev](/indlaeg/${w.openingId}):\n> Spørgsmålet om skolevægring\n\n`,
    );
    expect(
      await getDb().selectFrom("post").select("id").where("thread_id", "=", w.threadId).execute(),
      "nothing is posted",
    ).toHaveLength(2);
  });
});

describe("deleting with a confirmation and undo", () => {
  const confirmPage = async (token: string, postId: number) =>
    await callRoute(deleteLoader, memberRequest(`/indlaeg/${postId}/slet`, token, null), { postId: String(postId) });
  const post = (token: string, postId: number, intent: string) =>
    callRoute(deleteAction, memberRequest(`/indlaeg/${postId}/slet`, token, { intent }), { postId: String(postId) });

  it("the confirmation page deletes nothing; the confirmed delete soft-deletes and records who; the author can undo", async () => {
    const w = await world();
    const token = await sessionFor(w.replier.id);
    expect((await confirmPage(token, w.replyId)).status).toBe(200);
    expect((await postRow(w.replyId)).deleted_at, "showing the question deletes nothing").toBeNull();
    expect((await post(token, w.replyId, "delete")).status).toBe(302);
    const deleted = await postRow(w.replyId);
    expect(deleted.deleted_at).not.toBeNull();
    expect(deleted.deleted_by_id).toBe(w.replier.id);
    expect((await findThread(getDb(), w.threadId))?.replyCount).toBe(0);
    expect((await post(token, w.replyId, "undo")).status).toBe(302);
    expect((await postRow(w.replyId)).deleted_at).toBeNull();
    expect((await findThread(getDb(), w.threadId))?.replyCount).toBe(1);
  });

  it("another member can neither delete nor undo (403)", async () => {
    const w = await world();
    expect((await post(await sessionFor(w.other.id), w.replyId, "delete")).status).toBe(403);
    expect((await postRow(w.replyId)).deleted_at).toBeNull();
    await writeTransaction(getDb(), (tx) => deletePost(tx, w.replyId, new Date().toISOString(), w.replier.id));
    expect((await post(await sessionFor(w.other.id), w.replyId, "undo")).status).toBe(403);
    expect((await postRow(w.replyId)).deleted_at).not.toBeNull();
  });

  it("undo is refused after the undo window", async () => {
    const w = await world();
    const deletedAt = new Date("2026-12-04T10:00:00.000Z");
    await writeTransaction(getDb(), (tx) => deletePost(tx, w.replyId, deletedAt.toISOString(), w.replier.id));
    const late = new Date(deletedAt.getTime() + 11 * MINUTE);
    await expect(
      writeTransaction(getDb(), (tx) =>
        restoreDeletedPost(tx, { postId: w.replyId, memberId: w.replier.id, now: late, undoMinutes: 10 }),
      ),
    ).rejects.toThrow(/10 minutter/);
    const inTime = new Date(deletedAt.getTime() + 9 * MINUTE);
    await writeTransaction(getDb(), (tx) =>
      restoreDeletedPost(tx, { postId: w.replyId, memberId: w.replier.id, now: inTime, undoMinutes: 10 }),
    );
    expect((await postRow(w.replyId)).deleted_at).toBeNull();
  });

  it("the opening post of a thread with replies is not deleted through the confirmation page", async () => {
    const w = await world();
    const response = await post(await sessionFor(w.author.id), w.openingId, "delete");
    expect(response.status).toBe(409);
    expect((await postRow(w.openingId)).deleted_at).toBeNull();
  });
});

describe("bookmarks", () => {
  it("«Gem» saves and unsaves a post for the member only, and the list hides text of a post deleted since", async () => {
    const w = await world();
    const token = await sessionFor(w.other.id);
    const save = () =>
      callRoute(bookmarkAction, memberRequest(`/indlaeg/${w.replyId}/gem`, token, { redirectTo: "/t/x" }), {
        postId: String(w.replyId),
      });
    const response = await save();
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/t/x");
    expect((await listBookmarks(getDb(), w.other.id)).map((b) => [b.postId, b.excerpt])).toEqual([
      [w.replyId, "Et svar"],
    ]);
    expect(await listBookmarks(getDb(), w.replier.id)).toEqual([]);
    await writeTransaction(getDb(), (tx) => deletePost(tx, w.replyId, new Date().toISOString(), w.replier.id));
    expect((await listBookmarks(getDb(), w.other.id))[0]?.excerpt).toBeNull();
    expect(
      await writeTransaction(getDb(), (tx) => toggleBookmark(tx, w.other.id, w.replyId, new Date().toISOString())),
    ).toBe(false);
    expect(await listBookmarks(getDb(), w.other.id)).toEqual([]);
  });

  it("an external redirect target is ignored", async () => {
    const w = await world();
    const token = await sessionFor(w.other.id);
    const response = await callRoute(
      bookmarkAction,
      memberRequest(`/indlaeg/${w.replyId}/gem`, token, { redirectTo: "//evil.example" }),
      { postId: String(w.replyId) },
    );
    expect(response.headers.get("location")).toBe(`/indlaeg/${w.replyId}`);
  });
});

describe("history differences", () => {
  it("marks changed words and keeps the rest", () => {
    expect(diffText("Dreng, 14, i tre uger.", "Dreng, 14, i fire uger nu.")).toEqual([
      { kind: "same", text: "Dreng, 14, i " },
      { kind: "removed", text: "tre" },
      { kind: "added", text: "fire" },
      { kind: "same", text: " " },
      { kind: "removed", text: "uger." },
      { kind: "added", text: "uger nu." },
    ]);
  });

  it("falls back to whole lines for huge rewrites without stalling", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `ord${i}`).join(" ");
    const after = Array.from({ length: 3000 }, (_, i) => `andet${i}`).join(" ");
    const parts = diffText(before, after);
    expect(
      parts
        .filter((p) => p.kind !== "same")
        .map((p) => p.text)
        .join(""),
    ).toBe(before + after);
  });
});
