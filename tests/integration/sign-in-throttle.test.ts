import { describe, expect, it } from "vitest";
import { action as signIn } from "../../app/routes/login";
import { getDb } from "../../app/db.server";
import { forgetSignInHistory } from "../../app/auth/rate-limit.server";
import { createMember, formRequest, loadContext, TEST_PASSWORD } from "../factories";

async function attempt(email: string, password: string, address: string) {
  const response = (await signIn({
    request: formRequest("/login", { email, password }),
    context: loadContext(address),
    params: {},
  })) as Response;
  const body = response.headers.get("content-type")?.includes("json")
    ? ((await response.json()) as { error: string | null })
    : null;
  return { status: response.status, error: body?.error ?? null, cookie: response.headers.get("set-cookie") };
}

const HOME = "10.20.0.1";

describe("failed sign-ins slow an attacker without locking the member out", () => {
  it("lets the member in from their own address after five wrong passwords from elsewhere", async () => {
    const member = await createMember();
    for (let i = 0; i < 5; i += 1)
      expect((await attempt(member.email, `gaet-${i}-forkert`, "203.0.113.7")).status).toBe(400);

    const own = await attempt(member.email, TEST_PASSWORD, HOME);
    expect(own.status).toBe(302);
    expect(own.cookie).toMatch(/^tvaers_session=/);
  });

  it("stops the attacker's address from trying that account any more, even with the right password", async () => {
    const member = await createMember();
    for (let i = 0; i < 5; i += 1) await attempt(member.email, `gaet-${i}-forkert`, "203.0.113.7");
    const attacker = await attempt(member.email, TEST_PASSWORD, "203.0.113.7");
    expect(attacker.status).toBe(429);
    expect(attacker.error).toMatch(/^For mange mislykkede forsøg\. Prøv igen efter kl\. \d{2}\.\d{2}\.$/);
    expect(attacker.cookie).toBeNull();
  });

  it("caps guesses spread over many addresses, but not from an address the member signed in from before", async () => {
    const member = await createMember();
    expect((await attempt(member.email, TEST_PASSWORD, HOME)).status).toBe(302);
    // Ten failures from five addresses: no pair and no address reaches its own limit.
    for (let i = 0; i < 10; i += 1)
      expect((await attempt(member.email, `gaet-${i}-forkert`, `198.51.100.${i % 5}`)).status).toBe(400);

    const fresh = await attempt(member.email, TEST_PASSWORD, "198.51.100.200");
    expect(fresh.status).toBe(429);
    expect(fresh.cookie).toBeNull();
    const home = await attempt(member.email, TEST_PASSWORD, HOME);
    expect(home.status).toBe(302);
    expect(home.cookie).toMatch(/^tvaers_session=/);
  });

  it("keeps the member's known address only as a hash, and erasure can forget every bucket naming the e-mail", async () => {
    const member = await createMember();
    await attempt(member.email, TEST_PASSWORD, HOME);
    await attempt(member.email, "forkert-adgangskode", "203.0.113.9");
    const rows = await getDb().selectFrom("sign_in_attempt").select("bucket").execute();
    expect(rows.map((row) => row.bucket).some((bucket) => bucket.startsWith("known:") && bucket.includes(HOME))).toBe(
      false,
    );
    expect(rows.filter((row) => row.bucket.includes(member.email)).length).toBe(3);

    await forgetSignInHistory(getDb(), member.email.toUpperCase());
    const left = await getDb().selectFrom("sign_in_attempt").select("bucket").execute();
    expect(left.filter((row) => row.bucket.includes(member.email))).toEqual([]);
    expect(left.map((row) => row.bucket)).toEqual(["address:203.0.113.9"]);
  });
});
