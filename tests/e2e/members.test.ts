import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError, fillSignInForm, signIn, signOut } from "./support/server";

// Membership: invitations, signing in and out, and who may see what.
const SESSION_COOKIE = "tvaers_session";

const forum = useForum();
const url = forum.url;
/** A page in a fresh browser context: its own cookies, like a separate person's browser. */
const freshPage = forum.freshPage;

async function h1(page: Page, text?: string): Promise<string> {
  const heading = page.getByRole("heading", { level: 1, ...(text === undefined ? {} : { name: text, exact: true }) });
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

describe("invitations", () => {
  it("takes an invited colleague from the moderator's link to a signed-in front page, once", async () => {
    const email = `kollega.${Date.now()}@vejle.example.dk`;
    const newcomer = { name: "Kirsten Juhl", profession: "Chatrådgiver" };

    const moderator = await freshPage();
    await signIn(moderator, forum.server.baseUrl, "moderator@demo.tvaers.dk");
    await moderator.goto(url("/admin/invitationer"));
    await moderator.getByLabel("E-mailadresse", { exact: true }).fill(email);
    await moderator.getByLabel("Kommune", { exact: true }).selectOption({ label: "Vejle" });
    await moderator.getByLabel("Rolle", { exact: true }).selectOption({ label: "Medlem" });
    await moderator.getByRole("button", { name: "Opret invitation" }).click();
    await moderator.getByText("Invitationen er oprettet.").waitFor();
    const link = await moderator.getByLabel("Invitationslink", { exact: true }).inputValue();
    expect(link).toMatch(new RegExp(`^${forum.server.baseUrl}/invitation/[a-z2-7]{20,80}$`));
    await signOut(moderator);
    assertNoConsoleErrors(moderator);

    const invited = await freshPage();
    await invited.goto(link);
    expect(await h1(invited)).toBe("Velkommen til Tværs");
    const invitationText = await invited.locator(".auth-card").innerText();
    expect(invitationText).toContain(email);
    expect(invitationText).toContain("Vejle");
    await invited.getByLabel("Visningsnavn", { exact: true }).fill(newcomer.name);
    await invited.getByLabel("Stilling", { exact: true }).fill(newcomer.profession);
    await invited.getByLabel("Adgangskode", { exact: true }).fill("kaffe og kage hver fredag");
    await invited.getByLabel("Gentag adgangskoden", { exact: true }).fill("kaffe og kage hver fredag");
    await invited.getByRole("button", { name: "Opret mig og log ind" }).click();
    await invited.waitForURL((current) => current.pathname === "/" && current.searchParams.get("velkommen") === "1");
    expect(await h1(invited, `Velkommen, ${newcomer.name}`)).toBe(`Velkommen, ${newcomer.name}`);
    await invited.getByRole("button", { name: "Log ud" }).waitFor();
    assertNoConsoleErrors(invited);

    const reused = await invited.goto(link);
    expect(reused?.status()).toBe(410);
    expect(await h1(invited)).toBe("Invitationen er allerede brugt");

    // One changed character in the token: a link that was never issued.
    const token = link.slice(link.lastIndexOf("/") + 1);
    const tampered = token.slice(0, -1) + (token.endsWith("a") ? "b" : "a");
    const unknown = await invited.goto(url(`/invitation/${tampered}`));
    expect(unknown?.status()).toBe(404);
    expect(await h1(invited)).toBe("Invitationen findes ikke");
    assertNoConsoleErrors(invited, [expectedStatusError(410), expectedStatusError(404)]);
  });
});

describe("signing in and out", () => {
  it("shows the Danish error for a wrong password and keeps the typed email", async () => {
    const page = await freshPage();
    await page.goto(url("/login"));
    await fillSignInForm(page, "erfaren@demo.tvaers.dk", "det-er-ikke-den-rigtige");
    await page.getByRole("alert").filter({ hasText: "Forkert e-mailadresse eller adgangskode." }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getByLabel("E-mailadresse", { exact: true }).inputValue()).toBe("erfaren@demo.tvaers.dk");
    assertNoConsoleErrors(page, [expectedStatusError(400)]);
  });

  it("signs out to /login, after which the front page asks for sign-in again", async () => {
    const page = await freshPage();
    await signIn(page, forum.server.baseUrl, "mentor@demo.tvaers.dk");
    expect(await h1(page)).toBe("Velkommen, Lone Vestergaard");

    await signOut(page);
    expect(await h1(page)).toBe("Log ind på Tværs");
    expect((await page.context().cookies(forum.server.baseUrl)).map((cookie) => cookie.name)).not.toContain(
      SESSION_COOKIE,
    );

    await page.goto(url("/"));
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await h1(page)).toBe("Log ind på Tværs");
    assertNoConsoleErrors(page);
  });

  it("brings a signed-out member who opens a thread link through sign-in back to that thread", async () => {
    const page = await freshPage();
    await signIn(page, forum.server.baseUrl, "ny@demo.tvaers.dk");
    const firstThread = page.locator(".thread-list__title a").first();
    const title = (await firstThread.innerText()).trim();
    const threadPath = (await firstThread.getAttribute("href")) ?? "";
    expect(threadPath).toMatch(/^\/t\/\d+-/);
    await signOut(page);

    await page.goto(url(threadPath));
    const loginUrl = new URL(page.url());
    expect(loginUrl.pathname).toBe("/login");
    expect(loginUrl.searchParams.get("redirectTo")).toBe(threadPath);
    expect(await h1(page)).toBe("Log ind på Tværs");

    await fillSignInForm(page, "ny@demo.tvaers.dk");
    await page.waitForURL((current) => current.pathname === threadPath);
    expect(await h1(page, title)).toBe(title);
    assertNoConsoleErrors(page);
  });

  it("sets the session cookie HttpOnly, SameSite=Lax and for the whole site", async () => {
    const page = await freshPage();
    await signIn(page, forum.server.baseUrl, "erfaren@demo.tvaers.dk");
    const cookie = (await page.context().cookies(forum.server.baseUrl)).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // HttpOnly as the page sees it: scripts cannot read the session.
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });
});

describe("access by role", () => {
  it("refuses a plain member the admin pages with 403 and «Ingen adgang»", async () => {
    const page = await freshPage();
    await signIn(page, forum.server.baseUrl, "erfaren@demo.tvaers.dk");
    expect(await page.getByRole("navigation", { name: "Hovedmenu" }).innerText()).not.toMatch(
      /Moderation|Administration/,
    );

    for (const path of ["/admin/medlemmer", "/admin"]) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(403);
      expect(await h1(page), path).toBe("Ingen adgang");
      expect(await page.locator(".admin").count(), `${path} shows no admin content`).toBe(0);
    }
    assertNoConsoleErrors(page, [expectedStatusError(403)]);
  });
});
