import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { claimQuestion, listMentorQueue, listOverdueNewcomerQuestions } from "../../app/models/mentoring.server";
import { newcomerMeasures } from "../../app/models/newcomer-measures.server";
import { pairMunicipalities } from "../../app/models/pairing.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { moveThreadTrack, listTrackChanges } from "../../app/models/track.server";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
import { createCategory, createMember, createMunicipality, memberRequest } from "../factories";
import { threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";
import { sessionFor } from "../support/sessions";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

async function question(
  authorId: number,
  municipalityId: number,
  createdAt: string,
  options: { tagIds?: number[]; track?: "newcomer" | "shared" } = {},
) {
  const category = await createCategory();
  const { threadId } = await insertThread(getDb(), {
    title: `Spørgsmål ${createdAt}`,
    body: "Hvordan gør I?",
    categoryId: category.id,
    authorId,
    municipalityId,
    track: options.track ?? "newcomer",
    tagIds: options.tagIds ?? [],
    createdAt,
  });
  return threadId;
}

async function themeTag(slug: string) {
  return getDb()
    .insertInto("tag")
    .values({ slug, label: slug, kind: "theme", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function setup() {
  const newTown = await createMunicipality({ joined_on: "2026-09-01" });
  const otherNewTown = await createMunicipality({ joined_on: "2026-08-01" });
  const oldTown = await createMunicipality({ joined_on: "2017-01-01" });
  const asker = await createMember({ municipalityId: newTown.id });
  const otherAsker = await createMember({ municipalityId: otherNewTown.id });
  const mentor = await createMember({ municipalityId: oldTown.id, displayName: "Mentor Mette" });
  const secondMentor = await createMember({ municipalityId: oldTown.id, displayName: "Mentor Mads" });
  await getDb().updateTable("member").set({ is_mentor: 1 }).where("id", "in", [mentor.id, secondMentor.id]).execute();
  return { newTown, otherNewTown, oldTown, asker, otherAsker, mentor, secondMentor };
}

describe("mentor queue", () => {
  it("lists unanswered newcomer questions oldest first, the paired municipality's first, and drops answered ones", async () => {
    const s = await setup();
    const older = await question(s.otherAsker.id, s.otherNewTown.id, "2026-11-01T10:00:00.000Z");
    const newer = await question(s.asker.id, s.newTown.id, "2026-11-10T10:00:00.000Z");
    const paired = await question(s.asker.id, s.newTown.id, "2026-11-15T10:00:00.000Z");
    const answered = await question(s.asker.id, s.newTown.id, "2026-11-02T10:00:00.000Z");
    await question(s.asker.id, s.newTown.id, "2026-11-03T10:00:00.000Z", { track: "shared" });
    await insertReply(getDb(), {
      threadId: answered,
      authorId: s.secondMentor.id,
      body: "Sådan gør vi.",
      createdAt: "2026-11-02T12:00:00.000Z",
    });
    // The author bumping their own question does not answer it.
    await insertReply(getDb(), {
      threadId: newer,
      authorId: s.asker.id,
      body: "Nogen?",
      createdAt: "2026-11-11T10:00:00.000Z",
    });

    const before = await listMentorQueue(getDb(), { id: s.mentor.id, municipalityId: s.oldTown.id }, { all: false });
    expect(before.items.map((item) => item.id)).toEqual([older, newer, paired]);

    await pairMunicipalities(getDb(), { newcomerId: s.newTown.id, mentorId: s.oldTown.id, byId: s.mentor.id });
    const after = await listMentorQueue(getDb(), { id: s.mentor.id, municipalityId: s.oldTown.id }, { all: false });
    expect(after.items.map((item) => item.id)).toEqual([newer, paired, older]);
    expect(after.items.map((item) => item.fromPairedMunicipality)).toEqual([true, true, false]);
  });

  it("shows only the mentor's themes unless all are asked for", async () => {
    const s = await setup();
    const selfHarm = await themeTag("selvskade-tema");
    const school = await themeTag("skole-tema");
    const onTheme = await question(s.asker.id, s.newTown.id, "2026-11-01T10:00:00.000Z", { tagIds: [selfHarm.id] });
    const offTheme = await question(s.asker.id, s.newTown.id, "2026-11-02T10:00:00.000Z", { tagIds: [school.id] });
    await getDb().insertInto("mentor_theme").values({ member_id: s.mentor.id, tag_id: selfHarm.id }).execute();
    const themed = await listMentorQueue(getDb(), { id: s.mentor.id, municipalityId: s.oldTown.id }, { all: false });
    expect(themed.themed).toBe(true);
    expect(themed.items.map((item) => item.id)).toEqual([onTheme]);
    const all = await listMentorQueue(getDb(), { id: s.mentor.id, municipalityId: s.oldTown.id }, { all: true });
    expect(all.items.map((item) => item.id)).toEqual([onTheme, offTheme]);
  });

  it("a claim keeps other mentors off for 48 hours and then lapses", async () => {
    const s = await setup();
    const threadId = await question(s.asker.id, s.newTown.id, "2026-11-01T10:00:00.000Z");
    const claimedAt = at("2026-11-20T10:00:00.000Z");
    await writeTransaction(getDb(), (tx) => claimQuestion(tx, threadId, s.mentor.id, claimedAt));

    const shortlyAfter = new Date(claimedAt.getTime() + 47 * HOUR);
    await expect(
      writeTransaction(getDb(), (tx) => claimQuestion(tx, threadId, s.secondMentor.id, shortlyAfter)),
    ).rejects.toMatchObject({
      name: "Refusal",
      status: 409,
      message: "En anden mentor har allerede sagt, at de svarer.",
    });
    const queue = await listMentorQueue(
      getDb(),
      { id: s.secondMentor.id, municipalityId: s.oldTown.id },
      { all: true, now: shortlyAfter },
    );
    expect(queue.items[0]?.claim).toMatchObject({ memberId: s.mentor.id, name: "Mentor Mette" });

    const lapsed = new Date(claimedAt.getTime() + 49 * HOUR);
    expect(
      (
        await listMentorQueue(
          getDb(),
          { id: s.secondMentor.id, municipalityId: s.oldTown.id },
          { all: true, now: lapsed },
        )
      ).items[0]?.claim,
    ).toBeNull();
    await writeTransaction(getDb(), (tx) => claimQuestion(tx, threadId, s.secondMentor.id, lapsed));
    const row = await getDb()
      .selectFrom("mentor_claim")
      .selectAll()
      .where("thread_id", "=", threadId)
      .executeTakeFirstOrThrow();
    expect(row.member_id).toBe(s.secondMentor.id);
  });

  it("refuses to claim an answered question", async () => {
    const s = await setup();
    const threadId = await question(s.asker.id, s.newTown.id, "2026-11-01T10:00:00.000Z");
    await insertReply(getDb(), {
      threadId,
      authorId: s.secondMentor.id,
      body: "Svar",
      createdAt: "2026-11-01T12:00:00.000Z",
    });
    await expect(writeTransaction(getDb(), (tx) => claimQuestion(tx, threadId, s.mentor.id))).rejects.toThrow(
      "allerede besvaret",
    );
  });

  it("lists newcomer questions unanswered for more than 48 hours for moderators", async () => {
    const s = await setup();
    const now = at("2026-11-23T12:00:00.000Z");
    const overdue = await question(s.asker.id, s.newTown.id, "2026-11-21T11:00:00.000Z");
    await question(s.asker.id, s.newTown.id, "2026-11-21T13:00:00.000Z");
    expect((await listOverdueNewcomerQuestions(getDb(), now)).map((t) => t.id)).toEqual([overdue]);
  });
});

describe("newcomer measures", () => {
  it("computes median hours to first reply, share answered within 48 hours and open questions per month", async () => {
    const s = await setup();
    const reply = (threadId: number, iso: string) =>
      insertReply(getDb(), { threadId, authorId: s.mentor.id, body: "Svar", createdAt: iso });
    // October: replies after 2 h, 10 h and 72 h; one still open.
    await reply(await question(s.asker.id, s.newTown.id, "2026-10-05T08:00:00.000Z"), "2026-10-05T10:00:00.000Z");
    await reply(await question(s.asker.id, s.newTown.id, "2026-10-10T08:00:00.000Z"), "2026-10-10T18:00:00.000Z");
    await reply(await question(s.asker.id, s.newTown.id, "2026-10-20T08:00:00.000Z"), "2026-10-23T08:00:00.000Z");
    await question(s.asker.id, s.newTown.id, "2026-10-25T08:00:00.000Z");
    // November: one question answered after 5 h. A shared-track thread does not count.
    await reply(await question(s.asker.id, s.newTown.id, "2026-11-03T08:00:00.000Z"), "2026-11-03T13:00:00.000Z");
    await reply(
      await question(s.asker.id, s.newTown.id, "2026-11-04T08:00:00.000Z", { track: "shared" }),
      "2026-11-04T09:00:00.000Z",
    );

    const measures = await newcomerMeasures(getDb(), { months: 3, now: at("2026-11-23T12:00:00.000Z") });
    expect(measures.map((m) => m.month)).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(measures[0]).toEqual({
      month: "2026-09",
      questions: 0,
      medianHoursToFirstReply: null,
      answeredWithin48h: 0,
      stillOpen: 0,
    });
    expect(measures[1]).toEqual({
      month: "2026-10",
      questions: 4,
      medianHoursToFirstReply: 10,
      answeredWithin48h: 0.5,
      stillOpen: 1,
    });
    expect(measures[2]).toEqual({
      month: "2026-11",
      questions: 1,
      medianHoursToFirstReply: 5,
      answeredWithin48h: 1,
      stillOpen: 0,
    });
  });
});

describe("moving a thread between tracks", () => {
  it("records who moved it from which track to which", async () => {
    const s = await setup();
    const threadId = await question(s.asker.id, s.newTown.id, "2026-11-01T10:00:00.000Z");
    const from = await writeTransaction(getDb(), (tx) =>
      moveThreadTrack(tx, { threadId, actorId: s.mentor.id, to: "shared" }),
    );
    expect(from).toBe("newcomer");
    expect(
      (await getDb().selectFrom("thread").select("track").where("id", "=", threadId).executeTakeFirstOrThrow()).track,
    ).toBe("shared");
    const changes = await listTrackChanges(getDb(), threadId);
    expect(changes).toMatchObject([{ from_track: "newcomer", to_track: "shared", actor_name: "Mentor Mette" }]);
    expect(
      await writeTransaction(getDb(), (tx) => moveThreadTrack(tx, { threadId, actorId: s.mentor.id, to: "shared" })),
    ).toBeNull();
    expect(await listTrackChanges(getDb(), threadId)).toHaveLength(1);
  });
});

describe("track moves through the thread page", () => {
  async function moveAs(memberId: number, threadId: number, track: string) {
    const token = await sessionFor(memberId);
    const thread = await threadAddress(threadId);
    return callRoute(threadAction, memberRequest(thread.path, token, { intent: "track", track }), {
      threadRef: thread.ref,
    });
  }

  it("lets the author and a moderator move a thread, and refuses other members", async () => {
    const s = await setup();
    const moderator = await createMember({ role: "moderator", municipalityId: s.oldTown.id });
    const threadId = await question(s.asker.id, s.newTown.id, "2026-11-01T10:00:00.000Z");
    expect((await moveAs(s.mentor.id, threadId, "shared")).status).toBe(403);
    expect((await moveAs(s.asker.id, threadId, "experienced")).status).toBe(302);
    expect((await moveAs(moderator.id, threadId, "shared")).status).toBe(302);
    const changes = await listTrackChanges(getDb(), threadId);
    expect(changes.map((c) => `${c.from_track}→${c.to_track}`)).toEqual(["newcomer→experienced", "experienced→shared"]);
    const audit = await getDb()
      .selectFrom("admin_event")
      .selectAll()
      .where("action", "=", "thread.track_changed")
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toEqual({ before: "experienced", after: "shared" });
  });
});
