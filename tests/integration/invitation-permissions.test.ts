import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { action as invitationsAction, loader as invitationsLoader } from "../../app/routes/admin.invitationer";
import { createMunicipality, loadContext, memberRequest, settle } from "../factories";
import { signedInMember } from "../support/sessions";
import { callRoute } from "../support/routes";

async function world() {
  const municipality = await createMunicipality();
  const make = (role: SiteRole) => signedInMember({ municipalityId: municipality.id, role });
  const moderator = await make("moderator");
  const otherModerator = await make("moderator");
  const admin = await make("admin");
  const post = (token: string, fields: Record<string, string>) =>
    callRoute(invitationsAction, memberRequest("/admin/invitationer", token, fields));
  const invite = (token: string, role: SiteRole, email: string) =>
    post(token, { intent: "invite", email, municipalityId: String(municipality.id), role });
  const page = async (token: string) => {
    const response = await settle(() =>
      invitationsLoader({ request: memberRequest("/admin/invitationer", token), params: {}, context: loadContext() }),
    );
    return (await response.json()) as {
      roles: SiteRole[];
      invitations: { id: number; email: string; canRevoke: boolean }[];
    };
  };
  const invitation = (email: string) =>
    getDb().selectFrom("invitation").select(["id", "role", "revoked_at"]).where("email", "=", email).executeTakeFirst();
  return { moderator, otherModerator, admin, post, invite, page, invitation };
}

describe("who may invite whom, and who may revoke", () => {
  it("refuses a moderator who invites a moderator or an admin, in Danish, and stores nothing", async () => {
    const w = await world();
    for (const role of ["moderator", "admin"] as const) {
      const email = `ny-${role}@test.tvaers.dk`;
      const response = await w.invite(w.moderator.token, role, email);
      expect(response.status).toBe(403);
      const body = (await response.json()) as { link: string | null; fieldErrors: { role?: string[] } };
      expect(body.link).toBeNull();
      expect(body.fieldErrors.role?.[0]).toBe("Kun administratorer kan invitere moderatorer og administratorer.");
      expect(await w.invitation(email)).toBeUndefined();
    }
  });

  it("lets a moderator invite a member and an admin invite a moderator", async () => {
    const w = await world();
    expect((await w.invite(w.moderator.token, "member", "nyt-medlem@test.tvaers.dk")).status).toBe(200);
    expect(await w.invitation("nyt-medlem@test.tvaers.dk")).toMatchObject({ role: "member", revoked_at: null });
    expect((await w.invite(w.admin.token, "moderator", "ny-moderator@test.tvaers.dk")).status).toBe(200);
    expect(await w.invitation("ny-moderator@test.tvaers.dk")).toMatchObject({ role: "moderator", revoked_at: null });
  });

  it("offers a moderator only the member role and only their own invitations to revoke", async () => {
    const w = await world();
    await w.invite(w.admin.token, "moderator", "fra-admin@test.tvaers.dk");
    await w.invite(w.moderator.token, "member", "fra-moderator@test.tvaers.dk");
    const seen = await w.page(w.moderator.token);
    expect(seen.roles).toEqual(["member"]);
    expect(Object.fromEntries(seen.invitations.map((i) => [i.email, i.canRevoke]))).toEqual({
      "fra-admin@test.tvaers.dk": false,
      "fra-moderator@test.tvaers.dk": true,
    });
    const adminSees = await w.page(w.admin.token);
    expect(adminSees.roles).toEqual(["member", "moderator", "admin"]);
    expect(adminSees.invitations.every((i) => i.canRevoke)).toBe(true);
  });

  it("refuses a moderator who revokes someone else's invitation; the invitation stays open", async () => {
    const w = await world();
    await w.invite(w.admin.token, "admin", "ny-admin@test.tvaers.dk");
    await w.invite(w.otherModerator.token, "member", "kollegas@test.tvaers.dk");
    for (const email of ["ny-admin@test.tvaers.dk", "kollegas@test.tvaers.dk"]) {
      const target = await w.invitation(email);
      const response = await w.post(w.moderator.token, { intent: "revoke", invitationId: String(target?.id) });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toBe(
        "Du kan kun trække dine egne invitationer tilbage. Kontakt en administrator.",
      );
      expect((await w.invitation(email))?.revoked_at).toBeNull();
    }
  });

  it("lets a moderator revoke their own invitation and an admin revoke anyone's", async () => {
    const w = await world();
    await w.invite(w.moderator.token, "member", "egen@test.tvaers.dk");
    await w.invite(w.otherModerator.token, "member", "anden@test.tvaers.dk");
    const own = await w.invitation("egen@test.tvaers.dk");
    expect((await w.post(w.moderator.token, { intent: "revoke", invitationId: String(own?.id) })).status).toBe(200);
    expect((await w.invitation("egen@test.tvaers.dk"))?.revoked_at).not.toBeNull();
    const other = await w.invitation("anden@test.tvaers.dk");
    expect((await w.post(w.admin.token, { intent: "revoke", invitationId: String(other?.id) })).status).toBe(200);
    expect((await w.invitation("anden@test.tvaers.dk"))?.revoked_at).not.toBeNull();
  });
});
