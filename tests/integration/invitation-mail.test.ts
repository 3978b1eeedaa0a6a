import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { action as invitationsAction } from "../../app/routes/admin.invitationer";
import { loader as acceptLoader } from "../../app/routes/invitation.$token";
import { createMember, createMunicipality, loadContext, memberRequest, settle } from "../factories";
import { linkIn, recipientOf, startSmtp } from "../smtp";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

describe("invitations by e-mail", () => {
  it("mails the invited colleague a working link when a moderator creates an invitation; the copy link is still shown", async () => {
    const town = await createMunicipality({ name: "Fredericia" });
    const moderator = await createMember({ role: "moderator", municipalityId: town.id, displayName: "Mona Moderator" });
    const token = await sessionFor(moderator.id);

    const response = await callRoute(
      invitationsAction,
      memberRequest("/admin/invitationer", token, {
        intent: "invite",
        email: "Ny.Kollega@fredericia.example.dk",
        municipalityId: String(town.id),
        role: "member",
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { link: string; mailedTo: string };
    expect(body.link).toMatch(/\/invitation\/[a-z2-7]{20,80}$/);
    expect(body.mailedTo).toBe("ny.kollega@fredericia.example.dk");

    smtp = await startSmtp();
    expect(
      await drainMailOutbox(getDb(), createMailTransport({ smtpUrl: smtp.url, dataDir: "unused" }), SETTINGS),
    ).toMatchObject({ sent: 1 });
    const [mail] = smtp.received;
    expect(recipientOf(mail)).toBe("ny.kollega@fredericia.example.dk");
    expect(mail?.subject).toBe("Du er inviteret til Tværs");
    expect(mail?.text).toContain("Mona Moderator har inviteret dig til Tværs");
    expect(mail?.text).toContain("fra Fredericia");
    const link = linkIn(mail, `${SETTINGS.origin}/invitation/`);
    expect(link?.replace(SETTINGS.origin, "")).toBe(new URL(body.link).pathname);
    expect(mail?.html).toContain(`href="${link}"`);

    const invitationToken = link?.split("/").pop() ?? "";
    const page = await settle(() =>
      acceptLoader({ request: new Request(link ?? ""), params: { token: invitationToken }, context: loadContext() }),
    );
    expect(page.status).toBe(200);
    expect(((await page.json()) as { invitation: { email: string } }).invitation.email).toBe(
      "ny.kollega@fredericia.example.dk",
    );
  });

  it("mails nothing when the invitation is refused", async () => {
    const town = await createMunicipality();
    const moderator = await createMember({ role: "moderator", municipalityId: town.id });
    const existing = await createMember({ municipalityId: town.id });
    const token = await sessionFor(moderator.id);
    const response = await callRoute(
      invitationsAction,
      memberRequest("/admin/invitationer", token, {
        intent: "invite",
        email: existing.email,
        municipalityId: String(town.id),
        role: "member",
      }),
    );
    expect(response.status).toBe(409);
    expect(await getDb().selectFrom("mail_outbox").select("id").execute()).toHaveLength(0);
  });
});
