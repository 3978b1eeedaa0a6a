import type { ParsedMail } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { hidePost } from "../../app/models/flag.server";
import { insertReply } from "../../app/models/thread.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { openNotification } from "../../app/notifications/notification.server";
import { action as unsubscribeAction, loader as unsubscribeLoader } from "../../app/routes/afmeld";
import { createMember, createMunicipality, createThread, loadContext } from "../factories";
import { startSmtp } from "../smtp";

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

/** A raw header line as it arrived (mailparser folds List-* headers into one structured "list" value). */
const headerLine = (mail: ParsedMail | undefined, key: string) =>
  mail?.headerLines.find((line) => line.key === key)?.line.replace(/^[^:]+:\s*/, "") ?? null;

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

async function repliedThread(body = "Vi starter altid med en samtale om trivsel.") {
  const town = await createMunicipality();
  const author = await createMember({ municipalityId: town.id, displayName: "Anna Asker" });
  const replier = await createMember({ municipalityId: town.id, displayName: "Bo Svar" });
  const thread = await createThread({
    authorId: author.id,
    municipalityId: town.id,
    title: "Skolevægring i 8. klasse",
  });
  const { postId } = await writeTransaction(getDb(), (tx) =>
    insertReply(tx, { threadId: thread.threadId, authorId: replier.id, body, createdAt: new Date().toISOString() }),
  );
  await drainNotifyEvents(getDb());
  return { author, replier, thread, postId };
}

describe("notification mail over SMTP", () => {
  it("mails a reply to my thread once it has been unread for 10 minutes, in Danish, with a working link and RFC 8058 unsubscribe", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    const { author } = await repliedThread();

    expect(await drainMailOutbox(getDb(), transport, SETTINGS)).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(0);

    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) })).toMatchObject({ sent: 1 });
    const [mail] = smtp.received;
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe(author.email);
    expect(mail?.subject).toBe("Bo Svar svarede i «Skolevægring i 8. klasse»");
    expect(mail?.text).toContain("Vi starter altid med en samtale om trivsel.");
    expect(mail?.html || "").toContain("Læs det på Tværs");
    expect(headerLine(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headerLine(mail, "list-unsubscribe")).toMatch(/^<http:\/\/tvaers\.test\/afmeld\?t=/);
    const link = /http:\/\/tvaers\.test(\/notifikationer\/\d+)/.exec(mail?.text ?? "")?.[1];
    expect(link).toBeDefined();
    // Nothing left to send: the row is gone once the SMTP server accepted the mail.
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(60) })).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(smtp.received).toHaveLength(1);
  });

  it("sends nothing about what I read on the site within 10 minutes, nor about a post hidden before the mail went", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    const seen = await repliedThread();
    const notification = await getDb()
      .selectFrom("notification")
      .select("id")
      .where("member_id", "=", seen.author.id)
      .executeTakeFirstOrThrow();
    await openNotification(getDb(), seen.author.id, notification.id);

    const hidden = await repliedThread("Det her bliver skjult af en moderator.");
    const moderator = await createMember({ role: "moderator" });
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId: hidden.postId, moderatorId: moderator.id, at: new Date().toISOString() }),
    );
    await drainNotifyEvents(getDb());

    await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) });
    // Only the hidden post's author hears, that it was hidden; no mail carries its words, and nothing about the read reply.
    expect(smtp.received.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : "", mail.subject])).toEqual(
      [[hidden.replier.email, "En moderator har skjult dit indlæg i «Skolevægring i 8. klasse»"]],
    );
    expect(smtp.received.some((mail) => (mail.text ?? "").includes("skjult af en moderator"))).toBe(false);
    expect(await getDb().selectFrom("mail_outbox").selectAll().execute()).toEqual([]);
  });

  it("keeps a mail while the SMTP server refuses it and sends it once when it is back", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    await repliedThread();
    smtp.state.failing = true;
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) })).toMatchObject({
      sent: 0,
      failed: 1,
    });
    const waiting = await getDb()
      .selectFrom("mail_outbox")
      .select(["attempts", "last_error"])
      .executeTakeFirstOrThrow();
    expect(waiting.attempts).toBe(1);

    smtp.state.failing = false;
    // Not before its back-off has passed.
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) })).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(20) })).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await getDb().selectFrom("mail_outbox").selectAll().execute()).toEqual([]);
  });

  it("MAIL_EXCERPTS=false sends the title and link without the post's words", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    await repliedThread();
    await drainMailOutbox(getDb(), transport, { ...SETTINGS, excerpts: false }, { now: later(11) });
    expect(smtp.received[0]?.subject).toBe("Bo Svar svarede i «Skolevægring i 8. klasse»");
    expect(smtp.received[0]?.text).not.toContain("samtale om trivsel");
    expect(smtp.received[0]?.html || "").not.toContain("samtale om trivsel");
  });

  it("one-click unsubscribe from the mail's header stops that kind of mail; a bad token gets a Danish page, not a 500", async () => {
    smtp = await startSmtp();
    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    const first = await repliedThread();
    await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) });
    const header = headerLine(smtp.received[0], "list-unsubscribe") ?? "";
    const unsubscribeUrl = /http:\/\/tvaers\.test(\/afmeld\?t=[^>"]+)/.exec(header)?.[1];
    expect(unsubscribeUrl).toBeDefined();

    // RFC 8058: the mail provider POSTs "List-Unsubscribe=One-Click" to the URL, without a session.
    const response = (await unsubscribeAction({
      request: new Request(`http://localhost${unsubscribeUrl}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
      params: {},
      context: loadContext(),
    })) as Response;
    expect(response.status).toBe(200);
    expect(await getDb().selectFrom("mail_opt_out").select(["member_id", "kind"]).execute()).toEqual([
      { member_id: first.author.id, kind: "reply" },
    ]);

    await writeTransaction(getDb(), (tx) =>
      insertReply(tx, {
        threadId: first.thread.threadId,
        authorId: first.replier.id,
        body: "Et svar mere.",
        createdAt: new Date().toISOString(),
      }),
    );
    await drainNotifyEvents(getDb());
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(30) })).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(smtp.received).toHaveLength(1);

    const forged = unsubscribeUrl!.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const bad = (await unsubscribeLoader({
      request: new Request(`http://localhost${forged}`),
      params: {},
      context: loadContext(),
    })) as Response;
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ token: null });
  });
});
