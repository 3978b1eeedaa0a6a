import { describe, expect, it } from "vitest";
import { action as profileAction } from "../../app/routes/profil";
import { validateSessionToken } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { verifyPassword } from "../../app/auth/password.server";
import { createMember, formRequest, loadContext, TEST_PASSWORD } from "../factories";
import { sessionFor } from "../support/sessions";

async function post(token: string, fields: Record<string, string>) {
  const response = (await profileAction({
    request: formRequest("/profil", fields, { cookie: `tvaers_session=${token}` }),
    context: loadContext(),
    params: {},
  })) as Response;
  return { status: response.status, body: await response.json() };
}

describe("profile and password", () => {
  it("a password change ends the member's other sessions and keeps this one", async () => {
    const member = await createMember();
    const here = await sessionFor(member.id);
    const elsewhere = await sessionFor(member.id);
    const result = await post(here, {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "en-helt-ny-saetning",
      newPasswordConfirm: "en-helt-ny-saetning",
    });
    expect(result.status).toBe(200);
    expect(result.body.message).toContain("Din adgangskode er skiftet");
    expect(await validateSessionToken(getDb(), here)).not.toBeNull();
    expect(await validateSessionToken(getDb(), elsewhere)).toBeNull();
    const row = await getDb()
      .selectFrom("member")
      .select("password_hash")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=3,p=1\$/);
    expect(await verifyPassword(row.password_hash!, "en-helt-ny-saetning")).toBe(true);
  });

  it("refuses a common or short password with a Danish message", async () => {
    const member = await createMember();
    const token = await sessionFor(member.id);
    const common = await post(token, {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "1234567890",
      newPasswordConfirm: "1234567890",
    });
    expect(common.status).toBe(400);
    expect(common.body.fieldErrors.newPassword[0]).toContain("mest brugte");
    const short = await post(token, {
      intent: "password",
      currentPassword: TEST_PASSWORD,
      newPassword: "kort",
      newPasswordConfirm: "kort",
    });
    expect(short.body.fieldErrors.newPassword[0]).toBe("Adgangskoden skal være mindst 10 tegn.");
  });

  it("refuses a wrong current password", async () => {
    const member = await createMember();
    const token = await sessionFor(member.id);
    const result = await post(token, {
      intent: "password",
      currentPassword: "ikke-den-rigtige",
      newPassword: "en-helt-ny-saetning",
      newPasswordConfirm: "en-helt-ny-saetning",
    });
    expect(result.body.fieldErrors.currentPassword[0]).toBe("Den nuværende adgangskode er forkert.");
  });

  it("saves display name, profession and experience override, refusing direction overrides in a name", async () => {
    const member = await createMember();
    const token = await sessionFor(member.id);
    const refused = await post(token, {
      intent: "profile",
      displayName: "Ny\u202E Navn",
      profession: "UU-vejleder",
      experience: "newcomer",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fieldErrors.displayName[0]).toContain("ugyldige eller usynlige tegn");
    const result = await post(token, {
      intent: "profile",
      displayName: "  Ny   Navn ",
      profession: "UU-vejleder",
      experience: "newcomer",
    });
    expect(result.status).toBe(200);
    const row = await getDb().selectFrom("member").selectAll().where("id", "=", member.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: "Ny Navn", profession: "UU-vejleder", experience_override: "newcomer" });
  });

  it("refuses a CPR number in a profile field and keeps the stored profile", async () => {
    const member = await createMember({ displayName: "Før Navn" });
    const token = await sessionFor(member.id);
    const result = await post(token, {
      intent: "profile",
      displayName: "Anna 010190-1234",
      profession: "UU-vejleder",
      experience: "inherit",
    });
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors.displayName[0]).toContain("CPR-nummer");
    const row = await getDb()
      .selectFrom("member")
      .select("display_name")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe("Før Navn");
  });
});
