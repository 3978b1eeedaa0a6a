import ical from "node-ical";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { copenhagenToUtc } from "../../app/models/meeting-time";
import { action as meetingAction } from "../../app/routes/moeder.$meetingId/route";
import { createMember, createMunicipality, memberRequest } from "../factories";
import { recipientOf as recipient, startSmtp } from "../smtp";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const HOUR = 3_600_000;

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

/** 13:00–16:00 Copenhagen time `days` days from now, with one accepted item, and a moderator signed in. */
async function meetingWithAcceptedItem(days: number) {
  const town = await createMunicipality({ name: "Vejle" });
  const moderator = await createMember({ role: "moderator", municipalityId: town.id, displayName: "Mette Moderator" });
  const token = await sessionFor(moderator.id);
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const startsAt = copenhagenToUtc(`${day}T13:00`);
  const endsAt = copenhagenToUtc(`${day}T16:00`);
  if (!startsAt || !endsAt) throw new Error("no 13:00 that day");
  const at = new Date().toISOString();
  const meeting = await getDb()
    .insertInto("meeting")
    .values({
      title: "Netværksmøde i Vejle",
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      place: "Vejle Rådhus",
      host_municipality_id: town.id,
      created_by: moderator.id,
      created_at: at,
      updated_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await getDb()
    .insertInto("agenda_item")
    .values({
      meeting_id: meeting.id,
      title: "Skolevægring på tværs",
      status: "accepted",
      duration_minutes: 45,
      created_at: at,
    })
    .execute();
  const publish = () =>
    callRoute(meetingAction, memberRequest(`/moeder/${meeting.id}`, token, { intent: "publish" }), {
      meetingId: String(meeting.id),
    });
  return { town, moderator, meetingId: meeting.id, startsAt, publish };
}

/** The .ics attachment of a parsed mail and its one event, read by node-ical. */
function invitationEvent(mail: { attachments: { filename?: string; contentType: string; content: Buffer }[] }) {
  const attachment = mail.attachments.find((file) => file.contentType.startsWith("text/calendar"));
  if (!attachment) throw new Error("no text/calendar attachment");
  const text = attachment.content.toString("utf8");
  const events = Object.values(ical.sync.parseICS(text)).filter((entry) => entry?.type === "VEVENT");
  return { filename: attachment.filename, text, events };
}

describe("meeting mail over SMTP", () => {
  it("publishing the agenda mails every active member an invitation with a parseable .ics; opted-out and disabled members get none", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    const { town, moderator, meetingId, startsAt, publish } = await meetingWithAcceptedItem(10);
    const invited = await createMember({ municipalityId: town.id, displayName: "Ida Inviteret" });
    const optedOut = await createMember({ municipalityId: town.id });
    const disabled = await createMember({ municipalityId: town.id });
    await getDb().insertInto("mail_opt_out").values({ member_id: optedOut.id, kind: "meeting_invitation" }).execute();
    await getDb()
      .updateTable("member")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", disabled.id)
      .execute();

    expect(await drainMailOutbox(getDb(), transport, SETTINGS)).toMatchObject({ sent: 0 });
    expect((await publish()).status).toBe(302);
    // Queued with the publication, sent by the worker's next round (no delay: the invitation is news to everyone).
    expect(smtp.received).toHaveLength(0);
    expect(await drainMailOutbox(getDb(), transport, SETTINGS)).toMatchObject({ sent: 2, failed: 0 });

    expect(smtp.received.map(recipient).sort()).toEqual([invited.email, moderator.email].sort());
    const mail = smtp.received.find((received) => recipient(received) === invited.email);
    expect(mail?.subject).toBe("Invitation: Netværksmøde i Vejle");
    expect(mail?.text).toContain("Hej Ida Inviteret");
    expect(mail?.text).toContain("Skolevægring på tværs");
    expect(mail?.text).toContain(`http://tvaers.test/moeder/${meetingId}`);
    const { filename, text, events } = invitationEvent(mail as NonNullable<typeof mail>);
    expect(filename).toBe("netvaerksmoede.ics");
    expect(text).toContain("METHOD:REQUEST");
    expect(events).toHaveLength(1);
    const event = events[0] as ical.VEvent;
    expect(event.start.toISOString()).toBe(startsAt.toISOString());
    expect(event.summary).toBe("Netværksmøde i Vejle");
    expect(event.uid).toBe(`moede-${meetingId}@tvaers`);

    // Republishing invites again, with the next SEQUENCE so calendars update the event.
    expect((await publish()).status).toBe(302);
    expect(await drainMailOutbox(getDb(), transport, SETTINGS)).toMatchObject({ sent: 2 });
    const update = smtp.received.slice(2).find((received) => recipient(received) === invited.email);
    expect(update?.subject).toBe("Opdateret dagsorden: Netværksmøde i Vejle");
    expect(invitationEvent(update as NonNullable<typeof update>).text).toContain("SEQUENCE:2");
  });

  it("the day-before reminder is sent once, by the worker's clock, and not to members who answered «Kan ikke»", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    const { town, moderator, meetingId, startsAt, publish } = await meetingWithAcceptedItem(3);
    const coming = await createMember({ municipalityId: town.id, displayName: "Kim Kommer" });
    const absent = await createMember({ municipalityId: town.id });
    await getDb()
      .insertInto("meeting_attendance")
      .values({ meeting_id: meetingId, member_id: absent.id, answer: "absent", updated_at: new Date().toISOString() })
      .execute();
    const optedOut = await createMember({ municipalityId: town.id });
    await getDb().insertInto("mail_opt_out").values({ member_id: optedOut.id, kind: "all" }).execute();
    expect((await publish()).status).toBe(302);
    await drainMailOutbox(getDb(), transport, SETTINGS);
    const invitations = smtp.received.length;
    expect(invitations).toBe(3);

    const at = (hoursBeforeStart: number) => () => new Date(startsAt.getTime() - hoursBeforeStart * HOUR);
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: at(30) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(invitations);

    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: at(23) })).toMatchObject({ sent: 2, failed: 0 });
    const reminders = smtp.received.slice(invitations);
    expect(reminders.map(recipient).sort()).toEqual([coming.email, moderator.email].sort());
    expect(reminders[0]?.subject).toBe("I morgen: Netværksmøde i Vejle");
    expect(
      (
        invitationEvent(reminders[0] as NonNullable<(typeof reminders)[0]>).events[0] as ical.VEvent
      ).start.toISOString(),
    ).toBe(startsAt.toISOString());

    // Later rounds of the worker, and a meeting already begun, send nothing more.
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: at(22) })).toMatchObject({ sent: 0 });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: at(1) })).toMatchObject({ sent: 0 });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: at(-1) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(invitations + 2);
  });
});
