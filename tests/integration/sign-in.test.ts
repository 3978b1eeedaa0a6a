import { describe, expect, it } from "vitest";
import { action as signIn } from "../../app/routes/login";
import { getDb } from "../../app/db.server";
import { createMember, formRequest, loadContext, TEST_PASSWORD } from "../factories";

async function attempt(email: string, password: string, address = "10.0.0.1") {
  const response = (await signIn({
    request: formRequest("/login", { email, password }),
    context: loadContext(address),
    params: {},
  })) as Response;
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  return { status: response.status, body, cookie: response.headers.get("set-cookie") };
}

describe("sign-in", () => {
  it("signs in with the right password and sets the session cookie", async () => {
    const member = await createMember();
    const result = await attempt(member.email, TEST_PASSWORD);
    expect(result.status).toBe(302);
    expect(result.cookie).toMatch(/^tvaers_session=[a-z2-7]+\.[a-z2-7]+; Path=\/; HttpOnly; SameSite=Lax/);
  });

  it("gives the same Danish message for a wrong password and an unknown email", async () => {
    const member = await createMember();
    const wrong = await attempt(member.email, "forkert-adgangskode");
    const unknown = await attempt("findes.ikke@test.tvaers.dk", "forkert-adgangskode");
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(wrong.body.error).toBe("Forkert e-mailadresse eller adgangskode.");
    expect(unknown.body.error).toBe(wrong.body.error);
    expect(wrong.body.email).toBe(member.email);
  });

  it("refuses the sixth attempt from the same address within the window even with the right password", async () => {
    const member = await createMember();
    for (let i = 0; i < 5; i += 1) expect((await attempt(member.email, `forkert-${i}-adgangskode`)).status).toBe(400);
    const sixth = await attempt(member.email, TEST_PASSWORD);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error).toMatch(/^For mange mislykkede forsøg\. Prøv igen efter kl\. \d{2}\.\d{2}\.$/);
    expect(sixth.cookie).toBeNull();
    const stored = await getDb()
      .selectFrom("sign_in_attempt")
      .selectAll()
      .where("bucket", "=", `pair:${member.email}|10.0.0.1`)
      .execute();
    expect(stored).toHaveLength(5);
  });

  it("counts failures per client address across accounts", async () => {
    const member = await createMember();
    for (let i = 0; i < 30; i += 1) await attempt(`gaet${i}@test.tvaers.dk`, "forkert-adgangskode", "10.9.9.9");
    expect((await attempt(member.email, TEST_PASSWORD, "10.9.9.9")).status).toBe(429);
    expect((await attempt(member.email, TEST_PASSWORD, "10.1.1.1")).status).toBe(302);
  });

  it("refuses a disabled member with the ordinary message", async () => {
    const member = await createMember();
    await getDb()
      .updateTable("member")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", member.id)
      .execute();
    const result = await attempt(member.email, TEST_PASSWORD);
    expect(result.status).toBe(400);
    expect(result.body.error).toBe("Forkert e-mailadresse eller adgangskode.");
  });

  it("only redirects to local paths after sign-in", async () => {
    const member = await createMember();
    for (const [redirectTo, expected] of [
      ["/t/1-emne", "/t/1-emne"],
      ["https://evil.example", "/"],
      ["//evil.example", "/"],
      ["/\\evil.example", "/"],
    ] as const) {
      const response = (await signIn({
        request: formRequest("/login", { email: member.email, password: TEST_PASSWORD, redirectTo }),
        context: loadContext(),
        params: {},
      })) as Response;
      expect(response.headers.get("location")).toBe(expected);
    }
  });
});
