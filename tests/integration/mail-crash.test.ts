import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { getEnv } from "../../app/env.server";
import { hidePost } from "../../app/models/flag.server";
import { insertReply } from "../../app/models/thread.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { createMember, createMunicipality, createThread } from "../factories";
import { startSmtp } from "../smtp";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function repliedThread(body: string) {
  const town = await createMunicipality();
  const author = await createMember({ municipalityId: town.id });
  const replier = await createMember({ municipalityId: town.id });
  const thread = await createThread({ authorId: author.id, municipalityId: town.id });
  const { postId } = await writeTransaction(getDb(), (tx) =>
    insertReply(tx, { threadId: thread.threadId, authorId: replier.id, body, createdAt: new Date().toISOString() }),
  );
  await drainNotifyEvents(getDb());
  return { author, postId };
}

/** Runs the child worker that sends one mail and is killed with SIGKILL before it can mark it sent. */
function runWorkerThatDiesAfterSending(smtpUrl: string): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const script = path.join(repoRoot, "tests/crash/mail-send-then-die.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, getEnv().DATABASE, smtpUrl], {
    cwd: repoRoot,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (_code, signal) => resolve({ signal, output })));
}

describe("the mail worker killed between send and mark", () => {
  it("loses nothing: the mail is sent again after the crash with the same Message-ID, and then never again", async () => {
    smtp = await startSmtp();
    const { author } = await repliedThread("Vi plejer at ringe til forældrene først.");

    const crashed = await runWorkerThatDiesAfterSending(smtp.url);
    expect(crashed.signal).toBe("SIGKILL");
    expect(crashed.output).toContain("SENT");
    expect(crashed.output).not.toContain("NOT KILLED");
    expect(smtp.received).toHaveLength(1);
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(1);

    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) })).toMatchObject({ sent: 1 });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(60) })).toMatchObject({ sent: 0 });
    expect(smtp.received).toHaveLength(2);
    const [first, second] = smtp.received;
    expect(first?.messageId).toMatch(/^<tvaers-mail-\d+@tvaers\.test>$/);
    expect(second?.messageId).toBe(first?.messageId);
    expect(second?.text).toBe(first?.text);
    expect(
      smtp.received.every((mail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "") === author.email),
    ).toBe(true);
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(0);
  });

  it("never sends a mail queued before its post was hidden, nor its text", async () => {
    smtp = await startSmtp();
    const secret = "Drengen hedder Frederik og går på Rosenhøj";
    const { postId } = await repliedThread(secret);
    const moderator = await createMember({ role: "moderator" });
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(1);
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId, moderatorId: moderator.id, at: new Date().toISOString() }),
    );

    const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
    expect(await drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) })).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(
      smtp.received.some((mail) =>
        `${mail.text ?? ""}${typeof mail.html === "string" ? mail.html : ""}`.includes("Frederik"),
      ),
    ).toBe(false);
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(0);
  });
});
