import { describe, expect, it } from "vitest";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { action } from "../../app/routes/t.$threadRef/route";
import { createCategory, createMember, createThread, loadContext, memberRequest, settle } from "../factories";

async function tokenFor(memberId: number) {
  const token = generateSessionToken();
  await createSession(getDb(), token, memberId);
  return token;
}

async function onThread(token: string, threadId: number, fields: Record<string, string>) {
  const thread = await getDb().selectFrom("thread").select("slug").where("id", "=", threadId).executeTakeFirstOrThrow();
  const ref = `${threadId}-${thread.slug}`;
  return settle(() =>
    action({ request: memberRequest(`/t/${ref}`, token, fields), context: loadContext(), params: { threadRef: ref } }),
  );
}

const threadRow = (id: number) =>
  getDb().selectFrom("thread").select(["locked", "pinned", "category_id"]).where("id", "=", id).executeTakeFirst();

describe("the thread page's moderation forms", () => {
  it("refuses a plain member's lock with 403 and leaves the thread open", async () => {
    const member = await createMember();
    const { threadId } = await createThread({ authorId: member.id, municipalityId: member.municipality_id });
    const response = await onThread(await tokenFor(member.id), threadId, { intent: "lock" });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("Kun moderatorer kan gøre det.");
    expect((await threadRow(threadId))?.locked).toBe(0);
  });

  it("lets a moderator lock, pin and move the thread to another category", async () => {
    const moderator = await createMember({ role: "moderator" });
    const { threadId } = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const token = await tokenFor(moderator.id);
    const other = await createCategory();
    const forms: Record<string, string>[] = [
      { intent: "lock" },
      { intent: "pin" },
      { intent: "category", categoryId: String(other.id) },
    ];
    for (const fields of forms) expect((await onThread(token, threadId, fields)).status).toBe(302);
    expect(await threadRow(threadId)).toEqual({ locked: 1, pinned: 1, category_id: other.id });
  });

  it("refuses an unknown category in Danish and keeps the old one", async () => {
    const moderator = await createMember({ role: "moderator" });
    const { threadId } = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const before = await threadRow(threadId);
    const response = await onThread(await tokenFor(moderator.id), threadId, { intent: "category", categoryId: "x" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("Kategorien findes ikke.");
    expect(await threadRow(threadId)).toEqual(before);
  });

  it("merges into the thread named by its address and shows that thread", async () => {
    const moderator = await createMember({ role: "moderator" });
    const source = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const target = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const slug = (
      await getDb().selectFrom("thread").select("slug").where("id", "=", target.threadId).executeTakeFirstOrThrow()
    ).slug;
    const response = await onThread(await tokenFor(moderator.id), source.threadId, {
      intent: "merge",
      target: `https://tvaers.example/t/${target.threadId}-${slug}`,
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/t/${target.threadId}-${slug}`);
    expect(await threadRow(source.threadId)).toBeUndefined();
    const posts = await getDb().selectFrom("post").select("id").where("thread_id", "=", target.threadId).execute();
    expect(posts).toHaveLength(2);
  });

  it("asks for the target's address when the merge field holds none", async () => {
    const moderator = await createMember({ role: "moderator" });
    const { threadId } = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const response = await onThread(await tokenFor(moderator.id), threadId, { intent: "merge", target: "den anden" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(
      "Skriv adressen på den tråd, der skal flettes ind i, fx /t/12-…",
    );
  });

  it("answers an unknown intent and a broken post id with a plain 400", async () => {
    const member = await createMember();
    const { threadId } = await createThread({ authorId: member.id, municipalityId: member.municipality_id });
    const token = await tokenFor(member.id);
    const unknown = await onThread(token, threadId, { intent: "explode" });
    expect([unknown.status, await unknown.text()]).toEqual([400, "Ukendt handling"]);
    const broken = await onThread(token, threadId, { intent: "helpful", postId: "abc" });
    expect([broken.status, await broken.text()]).toEqual([400, "Ugyldigt indlæg"]);
  });
});
