import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import {
  createSession,
  generateSessionToken,
  invalidateMemberSessions,
  validateSessionToken,
  SESSION_LIFETIME_MS,
} from "../../app/auth/session.server";
import { sessionCookie } from "../../app/auth/session-cookie.server";
import { getOptionalMember } from "../../app/auth/guards.server";
import { createMember } from "../factories";

describe("sessions", () => {
  it("stores only the id and a hash of the secret, never the token", async () => {
    const member = await createMember();
    const token = generateSessionToken();
    await createSession(getDb(), token, member.id);
    const rows = await getDb().selectFrom("session").selectAll().execute();
    expect(rows).toHaveLength(1);
    const [id, secret] = token.split(".");
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(secret);
    expect(rows[0]?.id).toBe(id);
    expect(rows[0]?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts the right token and refuses a token with a wrong secret", async () => {
    const member = await createMember();
    const token = generateSessionToken();
    await createSession(getDb(), token, member.id);
    expect(await validateSessionToken(getDb(), token)).toMatchObject({ memberId: member.id });
    const [id] = token.split(".");
    expect(await validateSessionToken(getDb(), `${id}.${"a".repeat(32)}`)).toBeNull();
    expect(await validateSessionToken(getDb(), "garbage")).toBeNull();
  });

  it("refuses and deletes an expired session", async () => {
    const member = await createMember();
    const token = generateSessionToken();
    const longAgo = new Date(Date.now() - SESSION_LIFETIME_MS - 60_000);
    await createSession(getDb(), token, member.id, longAgo);
    expect(await validateSessionToken(getDb(), token)).toBeNull();
    expect(await getDb().selectFrom("session").selectAll().execute()).toHaveLength(0);
  });

  it("slides the expiry forward when used in the second half of its life", async () => {
    const member = await createMember();
    const token = generateSessionToken();
    const twentyDaysAgo = new Date(Date.now() - 20 * 24 * 3_600_000);
    await createSession(getDb(), token, member.id, twentyDaysAgo);
    const session = await validateSessionToken(getDb(), token);
    expect(session?.renewed).toBe(true);
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3_600_000);
  });

  it("ends the member's other sessions when asked, keeping the current one", async () => {
    const member = await createMember();
    const current = generateSessionToken();
    const other = generateSessionToken();
    const kept = await createSession(getDb(), current, member.id);
    await createSession(getDb(), other, member.id);
    await invalidateMemberSessions(getDb(), member.id, kept.id);
    expect(await validateSessionToken(getDb(), current)).not.toBeNull();
    expect(await validateSessionToken(getDb(), other)).toBeNull();
  });

  it("refuses the session of a disabled member", async () => {
    const member = await createMember();
    const token = generateSessionToken();
    await createSession(getDb(), token, member.id);
    await getDb()
      .updateTable("member")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", member.id)
      .execute();
    const request = new Request("http://localhost/", { headers: { cookie: `tvaers_session=${token}` } });
    expect(await getOptionalMember(request)).toBeNull();
  });

  it("sets the cookie HttpOnly, SameSite=Lax, Path=/ and not Secure outside production", () => {
    const cookie = sessionCookie("abc.def", new Date(Date.now() + 3_600_000));
    expect(cookie).toMatch(/^tvaers_session=abc\.def; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
    expect(sessionCookie("abc.def", new Date(Date.now() + 3_600_000), true)).toMatch(/; Secure$/);
  });
});
