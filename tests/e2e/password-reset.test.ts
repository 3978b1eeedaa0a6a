import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, recipientOf, startSmtp } from "../smtp";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, DEMO_PASSWORD, expectedStatusError, signIn } from "./support/server";

// The way back in: "Glemt adgangskode?" on the sign-in page, a mail through a real SMTP server, a new password.
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.close();
});
const forum = useForum({ env: () => ({ SMTP_URL: smtp.url }) });

const EMAIL = "erfaren@demo.tvaers.dk";
const NEW_PASSWORD = "glemsomhed er menneskelig 2026";

describe("forgotten password", () => {
  it("mails a link from the sign-in page that sets a new password once and signs out the old browser", async () => {
    const oldPage = await forum.signedInPage(EMAIL);

    const page = await forum.freshPage();
    await page.goto(forum.url("/login"));
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

    await page.goto(forum.url(path));
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
    await oldPage.goto(forum.url("/profil"));
    await oldPage.waitForURL((url) => url.pathname === "/login");

    // The link works once.
    const again = await forum.freshPage();
    await again.goto(forum.url(path));
    await again.getByRole("heading", { level: 1, name: "Linket er allerede brugt" }).waitFor();

    // The old password no longer works; the new one does.
    const fresh = await forum.freshPage();
    await fresh.goto(forum.url("/login"));
    await fresh.getByLabel("E-mailadresse").fill(EMAIL);
    await fresh.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await fresh.getByRole("button", { name: "Log ind" }).click();
    await fresh.getByText("Forkert e-mailadresse eller adgangskode.").waitFor();
    await signIn(fresh, forum.server.baseUrl, EMAIL, NEW_PASSWORD);
  });
});
