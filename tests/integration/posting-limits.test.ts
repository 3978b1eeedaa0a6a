import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { postingRefusal, type PostingLimits } from "../../app/models/posting-limits.server";
import { insertReply } from "../../app/models/thread.server";
import { createMember, createThread } from "../factories";

const limits: PostingLimits = { minIntervalSeconds: 5, maxThreadsPerDay: 2, duplicateMinutes: 10 };
const at = (iso: string) => new Date(iso);

async function memberWithThread(createdAt: string) {
  const member = await createMember();
  const { threadId } = await createThread({ authorId: member.id, municipalityId: member.municipality_id });
  await getDb().updateTable("post").set({ created_at: createdAt }).where("thread_id", "=", threadId).execute();
  await getDb().updateTable("thread").set({ created_at: createdAt }).where("id", "=", threadId).execute();
  return { member, threadId };
}

describe("posting limits", () => {
  it("asks a member to wait a few seconds between posts, saying how long", async () => {
    const { member } = await memberWithThread("2026-11-23T10:00:00.000Z");
    expect(
      await postingRefusal(
        getDb(),
        { memberId: member.id, body: "Nyt svar", newThread: false },
        limits,
        at("2026-11-23T10:00:02.000Z"),
      ),
    ).toBe("Du har lige skrevet et indlæg. Vent 3 sekunder, og prøv igen – din tekst er bevaret.");
    expect(
      await postingRefusal(
        getDb(),
        { memberId: member.id, body: "Nyt svar", newThread: false },
        limits,
        at("2026-11-23T10:00:06.000Z"),
      ),
    ).toBeNull();
  });

  it("refuses the same text twice within the duplicate window", async () => {
    const { member, threadId } = await memberWithThread("2026-11-23T09:00:00.000Z");
    await insertReply(getDb(), {
      threadId,
      authorId: member.id,
      body: "Samme tekst",
      createdAt: "2026-11-23T10:00:00.000Z",
    });
    expect(
      await postingRefusal(
        getDb(),
        { memberId: member.id, body: "Samme tekst", newThread: false },
        limits,
        at("2026-11-23T10:05:00.000Z"),
      ),
    ).toContain("præcis den samme tekst");
    expect(
      await postingRefusal(
        getDb(),
        { memberId: member.id, body: "Samme tekst", newThread: false },
        limits,
        at("2026-11-23T10:11:00.000Z"),
      ),
    ).toBeNull();
  });

  it("caps new threads per member per day", async () => {
    const { member } = await memberWithThread("2026-11-23T08:00:00.000Z");
    const second = await createThread({ authorId: member.id, municipalityId: member.municipality_id });
    await getDb()
      .updateTable("thread")
      .set({ created_at: "2026-11-23T09:00:00.000Z" })
      .where("id", "=", second.threadId)
      .execute();
    await getDb()
      .updateTable("post")
      .set({ created_at: "2026-11-23T09:00:00.000Z" })
      .where("thread_id", "=", second.threadId)
      .execute();
    const now = at("2026-11-23T12:00:00.000Z");
    expect(
      await postingRefusal(getDb(), { memberId: member.id, body: "Ny tråd", newThread: true }, limits, now),
    ).toContain("Du har startet 2 tråde det seneste døgn");
    expect(
      await postingRefusal(getDb(), { memberId: member.id, body: "Et svar", newThread: false }, limits, now),
    ).toBeNull();
    expect(
      await postingRefusal(
        getDb(),
        { memberId: member.id, body: "Ny tråd", newThread: true },
        limits,
        at("2026-11-24T09:30:00.000Z"),
      ),
    ).toBeNull();
  });
});
