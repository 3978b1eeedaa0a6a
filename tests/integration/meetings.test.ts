import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { meetingsCalendar, renewCalendarFeed } from "../../app/models/calendar.server";
import { copenhagenToUtc } from "../../app/models/meeting-time";
import { loader as feedLoader } from "../../app/routes/kalender.$feed";
import { action as meetingAction, loader as meetingLoader } from "../../app/routes/moeder.$meetingId/route";
import { action as minutesAction } from "../../app/routes/moeder.$meetingId_.referat";
import { action as newMeetingAction } from "../../app/routes/moeder.ny";
import { action as proposeAction } from "../../app/routes/moeder.foreslaa";
import type { SiteRole } from "../../db/schema";
import { createCategory, createMember, createThread, loadContext, memberRequest, settle } from "../factories";
import { sessionFor } from "../support/sessions";

async function signIn(role: SiteRole = "member", municipalityId?: number) {
  const member = await createMember({ role, ...(municipalityId ? { municipalityId } : {}) });
  const token = await sessionFor(member.id);
  return { member, token };
}

/** A meeting straight in the database, `daysAhead` from now (negative: in the past). */
async function meetingIn(daysAhead: number, createdBy: number) {
  const starts = new Date(Date.now() + daysAhead * 86_400_000);
  const at = new Date().toISOString();
  return getDb()
    .insertInto("meeting")
    .values({
      title: "Netværksmøde",
      starts_at: starts.toISOString(),
      ends_at: new Date(starts.getTime() + 3 * 3_600_000).toISOString(),
      place: "Aarhus Rådhus",
      created_by: createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** The start instants of every VEVENT, read by node-ical. */
function eventStarts(text: string): string[] {
  const starts: string[] = [];
  for (const entry of Object.values(ical.sync.parseICS(text)))
    if (entry?.type === "VEVENT") starts.push(entry.start.toISOString());
  return starts;
}

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: loadContext() });

function futureDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe("Copenhagen meeting times", () => {
  it("turns wall-clock time into UTC on both sides of the clock change and refuses the skipped hour", () => {
    expect(copenhagenToUtc("2027-03-25T13:00")?.toISOString()).toBe("2027-03-25T12:00:00.000Z");
    expect(copenhagenToUtc("2027-04-01T13:00")?.toISOString()).toBe("2027-04-01T11:00:00.000Z");
    expect(copenhagenToUtc("2027-03-28T02:30")).toBeNull();
    expect(copenhagenToUtc("2027-10-31T02:30")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });
});

describe("planning a meeting", () => {
  it("a moderator creates a meeting in Copenhagen time; a member may not", async () => {
    const moderator = await signIn("moderator");
    const day = futureDay(40);
    const fields = {
      title: "Netværksmøde i januar",
      date: day,
      startTime: "13:00",
      endTime: "16:00",
      place: "Vejle Rådhus",
      onlineUrl: "",
      hostMunicipalityId: "",
      description: "Vi ses!",
    };
    const created = await settle(() => newMeetingAction(args(memberRequest("/moeder/ny", moderator.token, fields))));
    expect(created.status).toBe(302);
    const row = await getDb().selectFrom("meeting").selectAll().executeTakeFirstOrThrow();
    expect(row.starts_at).toBe(copenhagenToUtc(`${day}T13:00`)?.toISOString());
    expect(
      await getDb().selectFrom("admin_event").select("action").where("action", "=", "meeting.created").execute(),
    ).toHaveLength(1);

    const member = await signIn("member");
    const refused = await settle(() => newMeetingAction(args(memberRequest("/moeder/ny", member.token, fields))));
    expect(refused.status).toBe(403);
  });

  it("refuses a time in the past and the hour the clocks skip, with Danish messages and the text kept", async () => {
    const moderator = await signIn("moderator");
    const base = {
      title: "Netværksmøde i marts",
      startTime: "13:00",
      endTime: "16:00",
      place: "Odense",
      onlineUrl: "",
      hostMunicipalityId: "",
      description: "",
    };
    const past = await settle(() =>
      newMeetingAction(args(memberRequest("/moeder/ny", moderator.token, { ...base, date: "2020-01-09" }))),
    );
    expect(past.status).toBe(400);
    expect(JSON.stringify(await past.json())).toContain("fremtiden");
    const gap = await settle(() =>
      newMeetingAction(
        args(memberRequest("/moeder/ny", moderator.token, { ...base, date: "2099-03-29", startTime: "02:30" })),
      ),
    );
    expect(gap.status).toBe(400);
    const body = (await gap.json()) as { values: { title: string }; fieldErrors: { startTime: string[] } };
    expect(body.fieldErrors.startTime[0]).toContain("findes ikke");
    expect(body.values.title).toBe("Netværksmøde i marts");
    expect(await getDb().selectFrom("meeting").select("id").execute()).toHaveLength(0);
  });
});

describe("the agenda", () => {
  it("a member proposes from a thread, others support, a moderator accepts, plans and publishes", async () => {
    const moderator = await signIn("moderator");
    const member = await signIn("member");
    const other = await signIn("member");
    const { threadId } = await createThread({
      authorId: member.member.id,
      municipalityId: member.member.municipality_id,
      title: "Unge der gamer hele natten",
    });
    const { id } = await meetingIn(10, moderator.member.id);

    const proposed = await settle(() =>
      proposeAction(
        args(
          memberRequest(`/moeder/foreslaa?traad=${threadId}`, member.token, {
            intent: "propose",
            title: "Unge der gamer hele natten",
            description: "Hvordan griber I det an?",
            threadId: String(threadId),
          }),
        ),
      ),
    );
    expect(proposed.status).toBe(200);
    const item = await getDb().selectFrom("agenda_item").selectAll().executeTakeFirstOrThrow();
    expect(item).toMatchObject({ meeting_id: id, thread_id: threadId, status: "proposed" });

    expect(
      (
        await settle(() =>
          meetingAction(
            args(memberRequest(`/moeder/${id}`, other.token, { intent: "support", itemId: String(item.id) }), {
              meetingId: String(id),
            }),
          ),
        )
      ).status,
    ).toBe(302);
    // A member cannot accept.
    expect(
      (
        await settle(() =>
          meetingAction(
            args(memberRequest(`/moeder/${id}`, other.token, { intent: "accept", itemId: String(item.id) }), {
              meetingId: String(id),
            }),
          ),
        )
      ).status,
    ).toBe(403);

    const asModerator = (fields: Record<string, string>) =>
      settle(() =>
        meetingAction(args(memberRequest(`/moeder/${id}`, moderator.token, fields), { meetingId: String(id) })),
      );
    expect((await asModerator({ intent: "accept", itemId: String(item.id) })).status).toBe(302);
    expect(
      (await asModerator({ intent: "plan", itemId: String(item.id), durationMinutes: "45", presenter: "Aarhus" }))
        .status,
    ).toBe(302);
    expect((await asModerator({ intent: "opening-round" })).status).toBe(302);
    expect((await asModerator({ intent: "publish" })).status).toBe(302);

    const page = (await (
      await settle(() => meetingLoader(args(memberRequest(`/moeder/${id}`, other.token), { meetingId: String(id) })))
    ).json()) as {
      agenda: { title: string; supporters: number; startsAt: string; presenter: string }[];
    };
    expect(page.agenda.map((entry) => entry.title)).toEqual([
      "Runde: glæder og frustrationer",
      "Unge der gamer hele natten",
    ]);
    expect(page.agenda[1]).toMatchObject({ supporters: 2, presenter: "Aarhus" });
    // The opening round lasts 30 minutes, so the thread's item starts half an hour in.
    expect(
      new Date(page.agenda[1]?.startsAt ?? "").getTime() - new Date(page.agenda[0]?.startsAt ?? "").getTime(),
    ).toBe(30 * 60_000);
    const meeting = await getDb()
      .selectFrom("meeting")
      .select(["agenda_published_at", "ics_sequence"])
      .executeTakeFirstOrThrow();
    expect(meeting.agenda_published_at).not.toBeNull();
    expect(meeting.ics_sequence).toBe(1);
  });

  it("a declined item shows its reason to the proposer but not to other members", async () => {
    const moderator = await signIn("moderator");
    const proposer = await signIn("member");
    const other = await signIn("member");
    const { id } = await meetingIn(10, moderator.member.id);
    await settle(() =>
      meetingAction(
        args(
          memberRequest(`/moeder/${id}`, proposer.token, {
            intent: "propose",
            title: "Et punkt om ferie",
            description: "",
          }),
          { meetingId: String(id) },
        ),
      ),
    );
    const item = await getDb().selectFrom("agenda_item").select("id").executeTakeFirstOrThrow();
    const missingReason = await settle(() =>
      meetingAction(
        args(
          memberRequest(`/moeder/${id}`, moderator.token, { intent: "decline", itemId: String(item.id), reason: "" }),
          { meetingId: String(id) },
        ),
      ),
    );
    expect(missingReason.status).toBe(400);
    await settle(() =>
      meetingAction(
        args(
          memberRequest(`/moeder/${id}`, moderator.token, {
            intent: "decline",
            itemId: String(item.id),
            reason: "Tages op i januar",
          }),
          { meetingId: String(id) },
        ),
      ),
    );
    const seenBy = async (token: string) =>
      (
        (await (
          await settle(() => meetingLoader(args(memberRequest(`/moeder/${id}`, token), { meetingId: String(id) })))
        ).json()) as { proposals: { declineReason: string }[] }
      ).proposals;
    expect((await seenBy(proposer.token))[0]?.declineReason).toBe("Tages op i januar");
    expect(await seenBy(other.token)).toEqual([]);
  });

  it("refuses a CPR number in a proposal and stores nothing", async () => {
    const member = await signIn("member");
    const { id } = await meetingIn(10, member.member.id);
    const refused = await settle(() =>
      meetingAction(
        args(
          memberRequest(`/moeder/${id}`, member.token, {
            intent: "propose",
            title: "Sagen om 010190-1234",
            description: "",
          }),
          { meetingId: String(id) },
        ),
      ),
    );
    expect(refused.status).toBe(400);
    expect(await getDb().selectFrom("agenda_item").select("id").execute()).toEqual([]);
  });

  it("a meeting that has begun takes no proposals or attendance changes", async () => {
    const member = await signIn("member");
    const { id } = await meetingIn(-1, member.member.id);
    const proposal = await settle(() =>
      meetingAction(
        args(
          memberRequest(`/moeder/${id}`, member.token, { intent: "propose", title: "For sent punkt", description: "" }),
          { meetingId: String(id) },
        ),
      ),
    );
    expect(proposal.status).toBe(409);
    const attend = await settle(() =>
      meetingAction(
        args(memberRequest(`/moeder/${id}`, member.token, { intent: "attend", answer: "attending" }), {
          meetingId: String(id),
        }),
      ),
    );
    expect(attend.status).toBe(409);
    expect(await getDb().selectFrom("meeting_attendance").select("member_id").execute()).toEqual([]);
  });
});

describe("attendance", () => {
  it("shows which municipalities come and flags newcomer municipalities", async () => {
    const moderator = await signIn("moderator");
    const newcomerMunicipality = await getDb()
      .insertInto("municipality")
      .values({
        slug: "ny-kommune",
        name: "Ny Kommune",
        region: "Midtjylland",
        joined_on: new Date().toISOString().slice(0, 10),
        created_at: new Date().toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const newcomer = await signIn("member", newcomerMunicipality.id);
    const { id } = await meetingIn(5, moderator.member.id);
    for (const [who, answer] of [
      [newcomer, "online"],
      [moderator, "attending"],
    ] as const) {
      expect(
        (
          await settle(() =>
            meetingAction(
              args(memberRequest(`/moeder/${id}`, who.token, { intent: "attend", answer }), { meetingId: String(id) }),
            ),
          )
        ).status,
      ).toBe(200);
    }
    const page = (await (
      await settle(() =>
        meetingLoader(args(memberRequest(`/moeder/${id}`, moderator.token), { meetingId: String(id) })),
      )
    ).json()) as {
      attendance: {
        municipalities: { name: string; isNewcomer: boolean; online: string[] }[];
        attendingCount: number;
        onlineCount: number;
      };
    };
    expect(page.attendance).toMatchObject({ attendingCount: 1, onlineCount: 1 });
    expect(page.attendance.municipalities.find((m) => m.name === "Ny Kommune")).toMatchObject({
      isNewcomer: true,
      online: [newcomer.member.display_name],
    });
  });
});

describe("minutes", () => {
  it("notes flow into the item's thread and into a new thread, once, and can become a draft article", async () => {
    const moderator = await signIn("moderator");
    const category = await createCategory();
    const { threadId } = await createThread({
      authorId: moderator.member.id,
      municipalityId: moderator.member.municipality_id,
      categoryId: category.id,
      title: "Skolevægring og handleplaner",
    });
    const { id } = await meetingIn(-1, moderator.member.id);
    const at = new Date().toISOString();
    const [fromThread, freeText] = await Promise.all(
      [
        { title: "Skolevægring og handleplaner", thread_id: threadId, position: 1 },
        { title: "Fælles kampagne", thread_id: null, position: 2 },
      ].map((item) =>
        getDb()
          .insertInto("agenda_item")
          .values({ ...item, meeting_id: id, proposer_id: moderator.member.id, status: "accepted", created_at: at })
          .returning("id")
          .executeTakeFirstOrThrow(),
      ),
    );
    const fields = {
      intent: "publish",
      [`notes-${fromThread?.id}`]: "- Aarhus deler deres skabelon\n- Vi følger op i marts",
      [`notes-${freeText?.id}`]: "Kampagnen kører i uge 12.",
      [`category-${freeText?.id}`]: String(category.id),
      [`track-${freeText?.id}`]: "shared",
    };
    const published = await settle(() =>
      minutesAction(args(memberRequest(`/moeder/${id}/referat`, moderator.token, fields), { meetingId: String(id) })),
    );
    expect(published.status).toBe(200);
    const replies = await getDb()
      .selectFrom("post")
      .select(["thread_id", "body_source"])
      .where("body_source", "like", "%Aarhus deler%")
      .execute();
    expect(replies).toEqual([
      { thread_id: threadId, body_source: expect.stringContaining("Skolevægring og handleplaner") },
    ]);
    const newThread = await getDb()
      .selectFrom("thread")
      .select(["id", "title", "category_id", "track"])
      .where("title", "like", "Fælles kampagne%")
      .executeTakeFirstOrThrow();
    expect(newThread).toMatchObject({ category_id: category.id, track: "shared" });
    // Publishing again posts nothing twice.
    await settle(() =>
      minutesAction(args(memberRequest(`/moeder/${id}/referat`, moderator.token, fields), { meetingId: String(id) })),
    );
    expect(
      await getDb().selectFrom("post").select("id").where("body_source", "like", "%Aarhus deler%").execute(),
    ).toHaveLength(1);

    const article = await settle(() =>
      minutesAction(
        args(memberRequest(`/moeder/${id}/referat`, moderator.token, { articleItemId: String(fromThread?.id) }), {
          meetingId: String(id),
        }),
      ),
    );
    expect(article.status).toBe(302);
    const draft = await getDb()
      .selectFrom("knowledge_article")
      .select(["status", "summary_source"])
      .executeTakeFirstOrThrow();
    expect(draft).toMatchObject({ status: "draft", summary_source: expect.stringContaining("Aarhus deler") });
  });
});

describe("calendar", () => {
  it("the .ics parses with a real iCalendar parser and keeps 13:00 Copenhagen time across the clock change", () => {
    const meeting = (id: number, local: string) => {
      const starts = copenhagenToUtc(local);
      if (!starts) throw new Error(local);
      return {
        id,
        title: "Netværksmøde",
        starts_at: starts.toISOString(),
        ends_at: new Date(starts.getTime() + 3 * 3_600_000).toISOString(),
        place: "Aarhus",
        online_url: "",
        description: "",
        ics_sequence: 2,
        updated_at: starts.toISOString(),
        host_name: null,
      };
    };
    const text = meetingsCalendar([meeting(1, "2027-03-25T13:00"), meeting(2, "2027-04-01T13:00")], {
      origin: "https://tvaers.example",
      name: "Tværs",
    });
    expect(eventStarts(text)).toEqual(["2027-03-25T12:00:00.000Z", "2027-04-01T11:00:00.000Z"]);
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("SEQUENCE:2");
  });

  it("a feed answers with the member's token, and 404 after renewal or for an unknown token", async () => {
    const { member } = await signIn("member");
    await meetingIn(3, member.id);
    const first = await writeTransaction(getDb(), (tx) => renewCalendarFeed(tx, member.id));
    const fetchFeed = (token: string) =>
      settle(() => feedLoader(args(new Request(`http://localhost/kalender/${token}.ics`), { feed: `${token}.ics` })));
    const ok = await fetchFeed(first);
    expect(ok.status).toBe(200);
    expect(eventStarts(await ok.text())).toHaveLength(1);
    const second = await writeTransaction(getDb(), (tx) => renewCalendarFeed(tx, member.id));
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await fetchFeed("a".repeat(32))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
  });
});
