import { afterEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { insertReply } from "../../app/models/thread.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { action as unsubscribeAction } from "../../app/routes/afmeld";
import { action as settingsAction, loader as settingsLoader } from "../../app/routes/profil_.mail";
import { createMember, createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { linkIn, startSmtp } from "../smtp";
import { sessionFor } from "../support/sessions";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const later = (minutes: number) => () => new Date(Date.now() + minutes * 60_000);
const ALL_ON = { reply: "on", mentioned: "on", quoted: "on", claim: "on", moderation: "on" };
// An unticked checkbox is not sent at all.
const { reply: _reply, ...ALL_BUT_REPLY } = ALL_ON;

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function world() {
  const town = await createMunicipality();
  const author = await createMember({ municipalityId: town.id, displayName: "Anna Asker" });
  const replier = await createMember({ municipalityId: town.id, displayName: "Bo Svar" });
  const thread = await createThread({
    authorId: author.id,
    municipalityId: town.id,
    title: "Skolevægring i 8. klasse",
  });
  const token = await sessionFor(author.id);
  smtp = await startSmtp();
  const transport = createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" });
  const reply = async () => {
    await writeTransaction(getDb(), (tx) =>
      insertReply(tx, {
        threadId: thread.threadId,
        authorId: replier.id,
        body: "Et svar til dig.",
        createdAt: new Date().toISOString(),
      }),
    );
    await drainNotifyEvents(getDb());
    return drainMailOutbox(getDb(), transport, SETTINGS, { now: later(11) });
  };
  const save = (fields: Record<string, string>) =>
    settle(() =>
      settingsAction({ request: memberRequest("/profil/mail", token, fields), params: {}, context: loadContext() }),
    );
  const page = async (query = "") => {
    const response = await settle(() =>
      settingsLoader({ request: memberRequest(`/profil/mail${query}`, token), params: {}, context: loadContext() }),
    );
    return (await response.json()) as {
      settings: { immediate: Record<string, boolean>; digest: string };
      unsubscribedFrom: string | null;
    };
  };
  return { author, token, reply, save, page, received: smtp.received };
}

describe("mail settings (/profil/mail)", () => {
  it("shows every kind on and a weekly digest by default, and the mail worker honours what the member turns off and on", async () => {
    const w = await world();
    expect(await w.page()).toEqual({
      settings: {
        immediate: { reply: true, mentioned: true, quoted: true, claim: true, moderation: true },
        digest: "weekly",
      },
      unsubscribedFrom: null,
      unsubscribedDigest: false,
    });

    const off = await w.save({ ...ALL_BUT_REPLY, digest: "daily" });
    expect(off.status).toBe(200);
    expect((await w.page()).settings).toEqual({
      immediate: { reply: false, mentioned: true, quoted: true, claim: true, moderation: true },
      digest: "daily",
    });
    expect(await w.reply()).toMatchObject({ sent: 0, skipped: 1 });
    expect(w.received).toHaveLength(0);

    await w.save({ ...ALL_ON, digest: "never" });
    expect(await w.reply()).toMatchObject({ sent: 1 });
    expect(w.received).toHaveLength(1);
    expect((await w.page()).settings.digest).toBe("never");
  });

  it("refuses a made-up digest frequency in Danish and changes nothing", async () => {
    const w = await world();
    const response = await w.save({ ...ALL_BUT_REPLY, digest: "hourly" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe("Valget kunne ikke forstås. Prøv igen.");
    expect((await w.page()).settings.immediate.reply).toBe(true);
  });

  it("lands a signed-in member who unsubscribes from a mail on the settings page with a confirmation", async () => {
    const w = await world();
    await w.reply();
    const unsubscribe = linkIn(w.received[0], `${SETTINGS.origin}/afmeld?t=`) ?? "";
    const t = new URL(unsubscribe).searchParams.get("t") ?? "";
    const response = await settle(() =>
      unsubscribeAction({ request: memberRequest("/afmeld", w.token, { t }), params: {}, context: loadContext() }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/profil/mail?afmeldt=reply");
    const page = await w.page("?afmeldt=reply");
    expect(page.unsubscribedFrom).toBe("reply");
    expect(page.settings.immediate.reply).toBe(false);
  });
});
