import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { addOnboardingStep } from "../../app/models/onboarding.server";
import { action as onboardingAction } from "../../app/routes/kom-godt-i-gang";
import { action as signIn, loader as signInPage } from "../../app/routes/login";
import { createMember, formRequest, memberRequest, TEST_PASSWORD } from "../factories";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

// Request URLs in these tests are http://localhost/…; a browser following Location resolves it against that.
const SITE = "http://localhost";
const HOSTILE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "https:evil.example",
  "javascript:alert(1)",
];

function staysOnSite(location: string | null): boolean {
  return location !== null && new URL(location, `${SITE}/login`).origin === SITE;
}

describe("redirect targets taken from input", () => {
  it("keeps a member on the site after sign-in whatever redirectTo holds", async () => {
    const member = await createMember();
    for (const redirectTo of HOSTILE) {
      const response = await callRoute(
        signIn,
        formRequest("/login", { email: member.email, password: TEST_PASSWORD, redirectTo }),
      );
      expect(response.status, JSON.stringify(redirectTo)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe("/");
    }
  });

  it("answers a non-Latin-1 redirectTo with a redirect to the encoded path, not a server error", async () => {
    const member = await createMember();
    const response = await callRoute(
      signIn,
      formRequest("/login", {
        email: member.email,
        password: TEST_PASSWORD,
        redirectTo: "/s\u0142\u00f8g?q=\u{1F600}",
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/s%C5%82%C3%B8g?q=%F0%9F%98%80");
  });

  it("sends a signed-in member who opens the sign-in page with a tab-smuggled redirectTo to the front page", async () => {
    const member = await createMember();
    const token = await sessionFor(member.id);
    const response = await callRoute(signInPage, memberRequest("/login?redirectTo=/%09/evil.example", token));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    const odd = await callRoute(signInPage, memberRequest(`/login?redirectTo=${encodeURIComponent("/\u0142")}`, token));
    expect(odd.headers.get("location")).toBe("/%C5%82");
  });

  it("puts only a safe redirectTo into the sign-in form", async () => {
    const response = await callRoute(signInPage, new Request(`${SITE}/login?redirectTo=/%09/evil.example`));
    expect(await response.json()).toEqual({ redirectTo: "/" });
  });

  it("keeps the onboarding page's back target on the site", async () => {
    const member = await createMember();
    const token = await sessionFor(member.id);
    const stepId = await addOnboardingStep(getDb(), { title: "Læs retningslinjerne", note: "", threadId: null });
    for (const back of HOSTILE) {
      const response = await callRoute(
        onboardingAction,
        memberRequest("/kom-godt-i-gang", token, { stepId: String(stepId), done: "yes", back }),
      );
      expect(response.status, JSON.stringify(back)).toBe(302);
      expect(response.headers.get("location"), JSON.stringify(back)).toBe("/kom-godt-i-gang");
      expect(staysOnSite(response.headers.get("location"))).toBe(true);
    }
    const home = await callRoute(
      onboardingAction,
      memberRequest("/kom-godt-i-gang", token, { stepId: String(stepId), done: "no", back: "/" }),
    );
    expect(home.headers.get("location")).toBe("/");
  });
});
