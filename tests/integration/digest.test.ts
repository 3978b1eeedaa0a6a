import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { queueDueDigests } from "../../app/mail/digest.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { hidePost } from "../../app/models/flag.server";
import { seedDemo } from "../../db/seed/seed";
import { copenhagenToUtc } from "../../app/models/meeting-time";
import { action as unsubscribeAction } from "../../app/routes/afmeld";
import { loader as mailSettingsLoader } from "../../app/routes/profil_.mail";
import { loader as meetingLoader } from "../../app/routes/moeder.$meetingId/route";
import { loader as threadLoader } from "../../app/routes/t.$threadRef/route";
import { createMember, createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { recipientOf, startSmtp } from "../smtp";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

/** Runs the mail worker once with its digest step, at `start + offsetMs`; returns the mails that arrived in this run. */
async function runWorker(start: number, offsetMs: number): Promise<ParsedMail[]> {
  if (!smtp) smtp = await startSmtp();
  const before = smtp.received.length;
  const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
  const now = () => new Date(start + offsetMs);
  await drainMailOutbox(getDb(), transport, SETTINGS, { now, digests: true, batchSize: 500 });
  return smtp.received.slice(before);
}

const mailTo = (mails: ParsedMail[], email: string) => mails.filter((mail) => recipientOf(mail) === email);

async function createTag(slug: string, label: string) {
  return getDb()
    .insertInto("tag")
    .values({ slug, label, kind: "theme", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function tagThread(threadId: number, tagId: number) {
  await getDb().insertInto("thread_tag").values({ thread_id: threadId, tag_id: tagId }).execute();
}

async function follow(memberId: number, targetType: "tag" | "category", targetId: number, level: 0 | 2 | 3) {
  await getDb()
    .insertInto("watch")
    .values({ member_id: memberId, target_type: targetType, target_id: targetId, level })
    .execute();
}

async function signIn(memberId: number) {
  const token = generateSessionToken();
  await createSession(getDb(), token, memberId);
  return token;
}

/** An experienced reader and an author from another municipality, both with mail addresses. */
async function forum() {
  const experienced = await createMunicipality({ name: "Vejle", experience_override: "experienced" });
  const newcomerTown = await createMunicipality({ name: "Ikast-Brande", experience_override: "newcomer" });
  const reader = await createMember({ municipalityId: experienced.id, displayName: "Rikke Læser" });
  const author = await createMember({ municipalityId: newcomerTown.id, displayName: "Nanna Ny" });
  return { experienced, newcomerTown, reader, author };
}

describe("the e-mail digest", () => {
  it("mails a due member one Danish digest with their tracks, followed themes, new articles and the next meeting, with working absolute links", async () => {
    const start = Date.now();
    const { experienced, newcomerTown, reader, author } = await forum();
    const colleague = await createMember({ municipalityId: experienced.id, displayName: "Erik Erfaren" });
    const fravaer = await createTag("fravaer", "Fravær");
    await follow(reader.id, "tag", fravaer.id, 3);
    const own = await createThread({
      authorId: colleague.id,
      municipalityId: experienced.id,
      track: "experienced",
      title: "Samarbejde med jobcentret",
      body: "Hvordan deler I opgaverne mellem UU og jobcentret?",
    });
    const followed = await createThread({
      authorId: author.id,
      municipalityId: newcomerTown.id,
      track: "newcomer",
      title: "Fravær i 9. klasse",
      body: "Vi har en elev med meget fravær.",
    });
    await tagThread(followed.threadId, fravaer.id);
    await createThread({
      authorId: author.id,
      municipalityId: newcomerTown.id,
      track: "newcomer",
      title: "Et nybegynderspørgsmål uden for mine temaer",
    });
    const at = new Date(start).toISOString();
    await getDb()
      .insertInto("knowledge_article")
      .values({
        slug: "god-overlevering",
        title: "God overlevering mellem skole og UU",
        summary_source: "Sådan lykkes overleveringen.",
        summary_html: "<p>Sådan lykkes overleveringen.</p>",
        key_points: "[]",
        owner_id: colleague.id,
        review_on: "2027-12-01",
        status: "published",
        created_by: colleague.id,
        created_at: at,
        updated_at: at,
        published_at: at,
      })
      .execute();
    const day = new Date(start + 10 * DAY).toISOString().slice(0, 10);
    const startsAt = copenhagenToUtc(`${day}T13:00`);
    const endsAt = copenhagenToUtc(`${day}T16:00`);
    if (!startsAt || !endsAt) throw new Error("no 13:00 that day");
    const meeting = await getDb()
      .insertInto("meeting")
      .values({
        title: "Netværksmøde i Vejle",
        starts_at: startsAt.toISOString(),
        ends_at: endsAt.toISOString(),
        place: "Vejle Rådhus",
        host_municipality_id: experienced.id,
        created_by: colleague.id,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    const mails = mailTo(await runWorker(start, HOUR), reader.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe("Dit ugentlige overblik fra Tværs");
    const text = mail?.text ?? "";
    // Sections in order, each with its own items.
    const trackAt = text.indexOf("NYE TRÅDE I DINE SPOR");
    const watchedAt = text.indexOf("NYE TRÅDE I EMNER, DU FØLGER");
    const articlesAt = text.indexOf("NYT I VIDENSBANKEN");
    const meetingAt = text.indexOf("NÆSTE NETVÆRKSMØDE");
    expect([trackAt, watchedAt, articlesAt, meetingAt].every((index) => index > 0)).toBe(true);
    expect(text.slice(trackAt, watchedAt)).toContain("Samarbejde med jobcentret");
    expect(text.slice(trackAt, watchedAt)).toContain("Hvordan deler I opgaverne");
    expect(text.slice(watchedAt, articlesAt)).toContain("Fravær i 9. klasse");
    expect(text.slice(articlesAt, meetingAt)).toContain("God overlevering mellem skole og UU");
    // A newcomer thread outside the reader's themes is not in an experienced member's digest.
    expect(text).not.toContain("uden for mine temaer");
    expect(text).not.toContain("VENTER PÅ SVAR");
    // The meeting in Danish Copenhagen time, with the place and a way to answer.
    expect(text.slice(meetingAt)).toMatch(
      /(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) den \d+\. \w+ \d{4} kl\. 13\.00–16\.00/,
    );
    expect(text.slice(meetingAt)).toContain("Sted: Vejle Rådhus");
    expect(text.slice(meetingAt)).toContain(
      `Du har ikke svaret endnu. Svar om du kommer: http://tvaers.test/moeder/${meeting.id}`,
    );
    expect(mail?.html || "").toContain(`href="http://tvaers.test/t/${own.threadId}-`);

    // Every link is absolute and opens for the member.
    const token = await signIn(reader.id);
    const threadLinks = [...text.matchAll(/http:\/\/tvaers\.test\/t\/(\d+-[a-z0-9-]+)/g)].map(
      (match) => match[1] ?? "",
    );
    expect(threadLinks).toHaveLength(2);
    for (const threadRef of threadLinks) {
      const response = await settle(() =>
        threadLoader({
          request: memberRequest(`/t/${threadRef}`, token),
          params: { threadRef },
          context: loadContext(),
        }),
      );
      expect(response.status).toBe(200);
    }
    const meetingResponse = await settle(() =>
      meetingLoader({
        request: memberRequest(`/moeder/${meeting.id}`, token),
        params: { meetingId: String(meeting.id) },
        context: loadContext(),
      }),
    );
    expect(meetingResponse.status).toBe(200);

    // Once the member has answered, the digest says so.
    await getDb()
      .insertInto("meeting_attendance")
      .values({ meeting_id: meeting.id, member_id: reader.id, answer: "online", updated_at: at })
      .execute();
    const nextWeek = mailTo(await runWorker(start, HOUR + 7 * DAY), reader.email);
    expect(nextWeek).toHaveLength(1);
    expect(nextWeek[0]?.text).toContain("Dit svar: Deltager online");
    // Last week's threads are not repeated.
    expect(nextWeek[0]?.text).not.toContain("Samarbejde med jobcentret");
  });

  it("MAIL_EXCERPTS=false sends titles and links only", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const colleague = await createMember({ municipalityId: experienced.id });
    await createThread({
      authorId: colleague.id,
      municipalityId: experienced.id,
      track: "shared",
      title: "Sommerferiens aktiviteter",
      body: "Hvilke tilbud har I i sommerferien?",
    });
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    await drainMailOutbox(
      getDb(),
      transport,
      { ...SETTINGS, excerpts: false },
      {
        now: () => new Date(start + HOUR),
        digests: true,
      },
    );
    const [mail] = mailTo(smtp.received, reader.email);
    expect(mail?.text).toContain("Sommerferiens aktiviteter");
    expect(mail?.text).not.toContain("Hvilke tilbud");
  });

  it("sends nothing to a member set to never, and nothing when every section is empty", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const quiet = await createMember({ municipalityId: experienced.id });
    await getDb().insertInto("mail_digest_setting").values({ member_id: reader.id, frequency: "never" }).execute();
    const allOff = await createMember({ municipalityId: experienced.id });
    await getDb().insertInto("mail_opt_out").values({ member_id: allOff.id, kind: "all" }).execute();
    // Nothing new yet: no mail for anyone, though their period moves on.
    expect(await runWorker(start, HOUR)).toEqual([]);
    expect(
      await getDb().selectFrom("mail_digest_state").select("member_id").where("member_id", "=", quiet.id).execute(),
    ).toHaveLength(1);
    await createThread({ authorId: quiet.id, municipalityId: experienced.id, track: "shared" });
    await getDb()
      .updateTable("thread")
      .set({ created_at: new Date(start + 2 * DAY).toISOString() })
      .execute();
    const mails = await runWorker(start, HOUR + 8 * DAY);
    expect(mailTo(mails, reader.email)).toEqual([]);
    expect(mailTo(mails, allOff.email)).toEqual([]);
    expect(mails.length).toBeGreaterThan(0);
  });

  it("mails a daily member every day and a weekly member once a week, by the injected clock", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const daily = await createMember({ municipalityId: experienced.id, displayName: "Dorte Daglig" });
    await getDb().insertInto("mail_digest_setting").values({ member_id: daily.id, frequency: "daily" }).execute();
    const poster = await createMember({ municipalityId: experienced.id });
    const threadAt = async (offsetMs: number, title: string) => {
      const { threadId } = await createThread({
        authorId: poster.id,
        municipalityId: experienced.id,
        track: "shared",
        title,
      });
      await getDb()
        .updateTable("thread")
        .set({ created_at: new Date(start + offsetMs).toISOString() })
        .where("id", "=", threadId)
        .execute();
    };
    await threadAt(0, "Tråd før første overblik");
    const first = await runWorker(start, HOUR);
    expect(mailTo(first, daily.email).map((mail) => mail.subject)).toEqual(["Dit daglige overblik fra Tværs"]);
    expect(mailTo(first, reader.email).map((mail) => mail.subject)).toEqual(["Dit ugentlige overblik fra Tværs"]);

    await threadAt(2 * HOUR, "Tråd på dag et");
    // Not yet a day since the last digest: nobody.
    expect(await runWorker(start, 20 * HOUR)).toEqual([]);
    const nextDay = await runWorker(start, 25 * HOUR);
    expect(mailTo(nextDay, daily.email)).toHaveLength(1);
    expect(mailTo(nextDay, daily.email)[0]?.text).toContain("Tråd på dag et");
    expect(mailTo(nextDay, daily.email)[0]?.text).not.toContain("Tråd før første overblik");
    expect(mailTo(nextDay, reader.email)).toEqual([]);

    const nextWeek = await runWorker(start, HOUR + 7 * DAY);
    expect(mailTo(nextWeek, reader.email)).toHaveLength(1);
    expect(mailTo(nextWeek, reader.email)[0]?.text).toContain("Tråd på dag et");
  });

  it("never shows a hidden post's thread, a muted tag's thread, or a thread hidden after the digest was queued", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const moderator = await createMember({ role: "moderator", municipalityId: experienced.id });
    const poster = await createMember({ municipalityId: experienced.id });
    const muted = await createTag("kommunal-oekonomi", "Kommunal økonomi");
    await follow(reader.id, "tag", muted.id, 0);
    const visible = await createThread({
      authorId: poster.id,
      municipalityId: experienced.id,
      track: "shared",
      title: "En synlig tråd",
    });
    const hidden = await createThread({
      authorId: poster.id,
      municipalityId: experienced.id,
      track: "shared",
      title: "Skjult tråd",
      body: "Personfølsomt indhold der er skjult",
    });
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId: hidden.postId, moderatorId: moderator.id, at: new Date(start).toISOString() }),
    );
    const mutedThread = await createThread({
      authorId: poster.id,
      municipalityId: experienced.id,
      track: "shared",
      title: "Budgetter og takster",
    });
    await tagThread(mutedThread.threadId, muted.id);
    const laterHidden = await createThread({
      authorId: poster.id,
      municipalityId: experienced.id,
      track: "shared",
      title: "Skjules efter køen",
    });

    await queueDueDigests(getDb(), new Date(start + HOUR));
    // Left out when the digest is built, too: a digest of only hidden threads is never queued.
    const queued = await getDb()
      .selectFrom("mail_outbox")
      .select("payload")
      .where("member_id", "=", reader.id)
      .where("kind", "=", "digest")
      .executeTakeFirstOrThrow();
    const payload = JSON.parse(queued.payload ?? "{}") as { trackThreads: { ids: number[] } };
    expect(payload.trackThreads.ids.sort()).toEqual([visible.threadId, laterHidden.threadId].sort());
    // Hidden between queuing and sending: the mail is composed from the forum as it is when sent.
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId: laterHidden.postId, moderatorId: moderator.id, at: new Date(start).toISOString() }),
    );
    const [mail] = mailTo(await runWorker(start, HOUR), reader.email);
    expect(mail?.text).toContain("En synlig tråd");
    expect(mail?.text).toContain(`/t/${visible.threadId}-`);
    for (const words of ["Skjult tråd", "Personfølsomt", "Budgetter og takster", "Skjules efter køen"]) {
      expect(mail?.text).not.toContain(words);
      expect(mail?.html || "").not.toContain(words);
    }
  });

  it("the unsubscribe link in the digest (RFC 8058 one-click) sets the digest to never", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const poster = await createMember({ municipalityId: experienced.id });
    await createThread({ authorId: poster.id, municipalityId: experienced.id, track: "shared" });
    const [mail] = mailTo(await runWorker(start, HOUR), reader.email);
    const header = mail?.headerLines.find((line) => line.key === "list-unsubscribe")?.line ?? "";
    expect(mail?.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toContain(
      "List-Unsubscribe=One-Click",
    );
    const url = /<(http:\/\/tvaers\.test\/afmeld\?t=[^>]+)>/.exec(header)?.[1];
    if (!url) throw new Error("no List-Unsubscribe URL");
    expect(mail?.text).toContain(url);
    const response = await settle(() =>
      unsubscribeAction({
        request: new Request(url.replace("http://tvaers.test", "http://localhost"), {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        params: {},
        context: loadContext(),
      }),
    );
    expect(response.status).toBe(200);
    const setting = await getDb()
      .selectFrom("mail_digest_setting")
      .select("frequency")
      .where("member_id", "=", reader.id)
      .executeTakeFirst();
    expect(setting?.frequency).toBe("never");
    const poster2 = await createMember({ municipalityId: experienced.id });
    await createThread({ authorId: poster2.id, municipalityId: experienced.id, track: "shared" });
    await getDb()
      .updateTable("thread")
      .set({ created_at: new Date(start + 3 * DAY).toISOString() })
      .execute();
    expect(mailTo(await runWorker(start, HOUR + 8 * DAY), reader.email)).toEqual([]);
  });

  it("a signed-in member who follows the digest's unsubscribe link lands on Mine mails, with the digest set to never", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const poster = await createMember({ municipalityId: experienced.id });
    await createThread({ authorId: poster.id, municipalityId: experienced.id, track: "shared" });
    const [mail] = mailTo(await runWorker(start, HOUR), reader.email);
    const t = /afmeld\?t=(\S+)/.exec(mail?.text ?? "")?.[1] ?? "";
    const token = await signIn(reader.id);
    const response = await settle(() =>
      unsubscribeAction({ request: memberRequest("/afmeld", token, { t }), params: {}, context: loadContext() }),
    );
    expect(response.headers.get("Location")).toBe("/profil/mail?afmeldt=digest");
    const page = await settle(() =>
      mailSettingsLoader({
        request: memberRequest("/profil/mail?afmeldt=digest", token),
        params: {},
        context: loadContext(),
      }),
    );
    expect(await page.json()).toMatchObject({ unsubscribedDigest: true, settings: { digest: "never" } });
  });

  it("shows a mentor the unanswered newcomer questions in their themes, and a non-mentor not", async () => {
    const start = Date.now();
    const { experienced, newcomerTown, reader, author } = await forum();
    const mentor = await createMember({ municipalityId: experienced.id, displayName: "Mads Mentor" });
    await getDb().updateTable("member").set({ is_mentor: 1 }).where("id", "=", mentor.id).execute();
    const theme = await createTag("trivsel", "Trivsel");
    await getDb().insertInto("mentor_theme").values({ member_id: mentor.id, tag_id: theme.id }).execute();
    // The non-mentor has the same theme on their mentor profile, but is no mentor.
    await getDb().insertInto("mentor_theme").values({ member_id: reader.id, tag_id: theme.id }).execute();
    const question = await createThread({
      authorId: author.id,
      municipalityId: newcomerTown.id,
      track: "newcomer",
      title: "Hvordan taler vi med forældrene om trivsel?",
    });
    await tagThread(question.threadId, theme.id);
    const other = await createThread({
      authorId: author.id,
      municipalityId: newcomerTown.id,
      track: "newcomer",
      title: "Et spørgsmål i et andet tema",
    });
    await tagThread(other.threadId, (await createTag("oekonomi", "Økonomi")).id);

    const mails = await runWorker(start, HOUR);
    const [toMentor] = mailTo(mails, mentor.email);
    const mentorText = toMentor?.text ?? "";
    const heading = mentorText.indexOf("NYBEGYNDERSPØRGSMÅL I DINE TEMAER, SOM VENTER PÅ SVAR");
    expect(heading).toBeGreaterThan(0);
    expect(mentorText.slice(heading)).toContain("Hvordan taler vi med forældrene om trivsel?");
    expect(mentorText.slice(heading)).not.toContain("Et spørgsmål i et andet tema");
    expect(mailTo(mails, reader.email).every((mail) => !(mail.text ?? "").includes("VENTER PÅ SVAR"))).toBe(true);
  });

  it("queues one digest per member however often the step runs, also when two runs race", async () => {
    const start = Date.now();
    const { experienced, reader } = await forum();
    const poster = await createMember({ municipalityId: experienced.id });
    await createThread({ authorId: poster.id, municipalityId: experienced.id, track: "shared" });
    const now = new Date(start + HOUR);
    const runs = await Promise.all([queueDueDigests(getDb(), now), queueDueDigests(getDb(), now)]);
    const queued = async () =>
      (await getDb().selectFrom("mail_outbox").select("member_id").where("kind", "=", "digest").execute()).map(
        (row) => row.member_id,
      );
    const once = await queued();
    expect(once.filter((id) => id === reader.id)).toHaveLength(1);
    expect(new Set(once).size).toBe(once.length);
    expect(runs[0].queued + runs[1].queued).toBe(once.length);
    expect((await queueDueDigests(getDb(), new Date(start + 2 * HOUR))).queued).toBe(0);
    expect(await queued()).toEqual(once);
    expect(mailTo(await runWorker(start, 3 * HOUR), reader.email)).toHaveLength(1);
  });

  it("the demo: the mail worker's first run after seeding writes a digest .eml for the demo accounts under DATA_DIR/mail", async () => {
    await seedDemo(getDb());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-digest-demo-"));
    try {
      const transport = createMailTransport({ dataDir, log: () => undefined });
      for (let round = 0; round < 20; round += 1) {
        const result = await drainMailOutbox(getDb(), transport, SETTINGS, { digests: true });
        if (result.sent + result.skipped + result.failed === 0) break;
      }
      const files = fs.readdirSync(path.join(dataDir, "mail"));
      const mails = await Promise.all(
        files.map(async (file) => simpleParser(fs.readFileSync(path.join(dataDir, "mail", file)))),
      );
      const digests = mails.filter((mail) => mail.subject === "Dit ugentlige overblik fra Tværs");
      const digestFor = (email: string) => digests.find((mail) => recipientOf(mail) === email);
      expect(digestFor("ny@demo.tvaers.dk")?.text).toContain("NÆSTE NETVÆRKSMØDE");
      expect(digestFor("mentor@demo.tvaers.dk")?.text).toContain("SOM VENTER PÅ SVAR");
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
