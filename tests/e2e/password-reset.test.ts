import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, recipientOf, startSmtp } from "../smtp";
import {
  assertNoConsoleErrors,
  DEMO_PASSWORD,
  expectedStatusError,
  launchBrowser,
  signIn,
  startServer,
  trackConsoleErrors,
  type RunningServer,
} from "./support/server";

// The way back in: "Glemt adgangskode?" on the sign-in page, a mail through a real SMTP server, a new password.
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ env: { SMTP_URL: smtp.url } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

const EMAIL = "erfaren@demo.tvaers.dk";
const NEW_PASSWORD = "glemsomhed er menneskelig 2026";

describe("forgotten password", () => {
  it("mails a link from the sign-in page that sets a new password once and signs out the old browser", async () => {
    const oldBrowser = await browser.newContext();
    const oldPage = await oldBrowser.newPage();
    await signIn(oldPage, server.baseUrl, EMAIL);

    const context = await browser.newContext();
    const page = await context.newPage();
    trackConsoleErrors(page);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole("link", { name: "Glemt adgangskode?" }).click();
    await page.getByRole("heading", { level: 1, name: "Glemt adgangskode" }).waitFor();
    await page.getByLabel("E-mailadresse").fill(EMAIL);
    await page.getByRole("button", { name: "Send link" }).click();
    await page.getByText("Hvis adressen hører til et medlem af Tværs, har vi sendt et link til den.").waitFor();

    // The mail worker drains the outbox in the background; wait for the mail to arrive.
    // The demo's members also get their first digest from the same worker; the reset mail is the one with the link.
    const resetMails = () => smtp.received.filter((mail) => (linkIn(mail, "http://") ?? "").includes("/nulstil/"));
    await expect.poll(() => resetMails().length, { timeout: 30_000, interval: 200 }).toBe(1);
    const [mail] = resetMails();
    expect(recipientOf(mail)).toBe(EMAIL);
    const link = linkIn(mail, "http://");
    expect(link).toMatch(/\/nulstil\/[a-z2-7]{20,80}$/);
    const path = new URL(link ?? "").pathname;

    await page.goto(`${server.baseUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: "Vælg en ny adgangskode" }).waitFor();
    await page.getByLabel("Ny adgangskode").fill(NEW_PASSWORD);
    await page.getByLabel("Gentag adgangskoden").fill("noget andet end før");
    await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
    await page.getByText("De to adgangskoder er ikke ens.").waitFor();
    await page.getByLabel("Ny adgangskode").fill(NEW_PASSWORD);
    await page.getByLabel("Gentag adgangskoden").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Gem ny adgangskode" }).click();
    await page.getByRole("button", { name: "Log ud" }).waitFor();
    assertNoConsoleErrors(page, [expectedStatusError(400)]);

    // The browser signed in before the reset is signed out.
    await oldPage.goto(`${server.baseUrl}/profil`);
    await oldPage.waitForURL((url) => url.pathname === "/login");

    // The link works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(`${server.baseUrl}${path}`);
    await again.getByRole("heading", { level: 1, name: "Linket er allerede brugt" }).waitFor();

    // The old password no longer works; the new one does.
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(`${server.baseUrl}/login`);
    await fresh.getByLabel("E-mailadresse").fill(EMAIL);
    await fresh.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await fresh.getByRole("button", { name: "Log ind" }).click();
    await fresh.getByText("Forkert e-mailadresse eller adgangskode.").waitFor();
    await signIn(fresh, server.baseUrl, EMAIL, NEW_PASSWORD);
  });
});
