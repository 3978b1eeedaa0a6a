import { afterEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/auth/password.server";
import { validateSessionToken } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { MAX_RESET_REQUESTS_PER_EMAIL } from "../../app/models/password-reset.server";
import { action as adminMembersAction } from "../../app/routes/admin.medlemmer";
import { action as forgotAction } from "../../app/routes/glemt-adgangskode";
import { action as resetAction, loader as resetLoader } from "../../app/routes/nulstil.$token";
import { createMember, formRequest, loadContext, memberRequest, settle } from "../factories";
import { linkIn, recipientOf, startSmtp } from "../smtp";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };
const NEW_PASSWORD = "en helt ny sætning om cykler";

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

async function askForLink(email: string, clientAddress = "10.0.0.1") {
  const response = await settle(() =>
    forgotAction({
      request: formRequest("/glemt-adgangskode", { email }),
      params: {},
      context: loadContext(clientAddress),
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { email: string; sent: boolean; error: string | null },
  };
}

async function deliver() {
  smtp ??= await startSmtp();
  await drainMailOutbox(getDb(), createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" }), SETTINGS);
  return smtp.received;
}

const tokenOf = (link: string) => link.replace(`${SETTINGS.origin}/nulstil/`, "");

function submitNewPassword(token: string, password = NEW_PASSWORD, passwordConfirm = password) {
  return callRoute(resetAction, formRequest(`/nulstil/${token}`, { password, passwordConfirm }), { token });
}

describe("forgotten password over SMTP", () => {
  it("mails a link that sets a new password once, signs out the member's other sessions and signs them in", async () => {
    const member = await createMember({ displayName: "Karen Glemsom" });
    const oldSession = await sessionFor(member.id);

    const asked = await askForLink(member.email.toUpperCase());
    expect(asked.body.sent).toBe(true);
    const [mail] = await deliver();
    expect(recipientOf(mail)).toBe(member.email);
    expect(mail?.subject).toBe("Ny adgangskode til Tværs");
    expect(mail?.text).toContain("Hej Karen Glemsom");
    const link = linkIn(mail, `${SETTINGS.origin}/nulstil/`);
    expect(link).not.toBeNull();
    const token = tokenOf(link ?? "");
    // Only the hash is kept once the mail has gone.
    const stored = await getDb().selectFrom("password_reset").select("token_hash").execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(0);

    expect(
      (await settle(() => resetLoader({ request: new Request(link ?? ""), params: { token }, context: loadContext() })))
        .status,
    ).toBe(200);
    const weak = await submitNewPassword(token, "password123", "password123");
    expect(weak.status).toBe(400);
    const done = await submitNewPassword(token);
    expect(done.status).toBe(302);
    const newCookie = done.headers.get("Set-Cookie") ?? "";
    expect(newCookie).toContain("tvaers_session=");

    const row = await getDb()
      .selectFrom("member")
      .select("password_hash")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash ?? "", NEW_PASSWORD)).toBe(true);
    expect(await validateSessionToken(getDb(), oldSession)).toBeNull();

    // Single use: the same link now shows a Danish page and changes nothing.
    const again = await submitNewPassword(token, "endnu en anden lang sætning");
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: string }).error).toBe("Linket er allerede brugt");
    const loaderAgain = await settle(() =>
      resetLoader({ request: new Request(link ?? ""), params: { token }, context: loadContext() }),
    );
    expect(loaderAgain.status).toBe(410);
  });

  it("gives the same answer for an unknown address and sends nothing", async () => {
    const member = await createMember();
    const known = await askForLink(member.email);
    const unknown = await askForLink("ingen@findes.ikke.dk");
    expect(unknown.status).toBe(known.status);
    expect({ ...unknown.body, email: "" }).toEqual({ ...known.body, email: "" });
    const received = await deliver();
    expect(received.map(recipientOf)).toEqual([member.email]);
  });

  it("refuses a link after an hour", async () => {
    const member = await createMember();
    await askForLink(member.email);
    const token = tokenOf(linkIn((await deliver())[0], `${SETTINGS.origin}/nulstil/`) ?? "");
    await getDb()
      .updateTable("password_reset")
      .set({ expires_at: new Date(Date.now() - 1).toISOString() })
      .execute();
    const response = await submitNewPassword(token);
    expect(response.status).toBe(410);
    expect(((await response.json()) as { error: string }).error).toBe("Linket er udløbet");
    const row = await getDb()
      .selectFrom("member")
      .select("password_hash")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(row.password_hash ?? "", NEW_PASSWORD)).toBe(false);
  });

  it("rate limits per address asked about, known or not, and per client", async () => {
    const member = await createMember();
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_EMAIL; i += 1)
      expect((await askForLink(member.email, `10.0.1.${i}`)).status).toBe(200);
    const throttled = await askForLink(member.email, "10.0.2.1");
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toContain("for mange");
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_EMAIL; i += 1) await askForLink("ukendt@findes.ikke.dk", `10.0.3.${i}`);
    expect((await askForLink("ukendt@findes.ikke.dk", "10.0.4.1")).status).toBe(429);
    for (let i = 0; i < 10; i += 1) await askForLink(`nummer${i}@findes.ikke.dk`, "10.0.5.1");
    expect((await askForLink("en.til@findes.ikke.dk", "10.0.5.1")).status).toBe(429);
    // Three links were made for the member, only the newest still works.
    expect(await getDb().selectFrom("password_reset").select("id").where("used_at", "is", null).execute()).toHaveLength(
      1,
    );
  });

  it("lets an admin send a reset link from the member list", async () => {
    const admin = await createMember({ role: "admin" });
    const member = await createMember({ displayName: "Per Låst" });
    const token = await sessionFor(admin.id);
    const response = await callRoute(
      adminMembersAction,
      memberRequest("/admin/medlemmer", token, { intent: "reset", memberId: String(member.id) }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { done: string }).done).toBe(
      "Et link til ny adgangskode er sendt til Per Låst.",
    );
    const [mail] = await deliver();
    expect(recipientOf(mail)).toBe(member.email);
    expect(linkIn(mail, `${SETTINGS.origin}/nulstil/`)).not.toBeNull();
  });
});
