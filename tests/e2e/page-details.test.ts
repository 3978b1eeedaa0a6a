import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, signIn, trackConsoleErrors } from "./support/server";

// The pages of issue 16 as people use them: the tag picker, the welcome, the moderation pages, the article form.
const MEMBER = "erfaren@demo.tvaers.dk";
const NEWCOMER = "ny@demo.tvaers.dk";
const MODERATOR = "moderator@demo.tvaers.dk";
const ADMIN = "admin@demo.tvaers.dk";

const forum = useForum({ env: { POSTING_MIN_INTERVAL_SECONDS: "0" } });
const url = forum.url;
const stamp = Date.now().toString(36);

describe("tag picker", () => {
  it("keeps earlier choices when another tag is clicked, and the filter box narrows the list", async () => {
    const page = await forum.signedInPage(MEMBER);
    await page.goto(url("/ny"));
    const tags = page.getByRole("group", { name: "Tags (højst 8)" });
    await tags.getByRole("checkbox", { name: "Skolevægring" }).click();
    await tags.getByRole("checkbox", { name: "Forældresamarbejde" }).click();
    expect(
      await tags.getByRole("checkbox", { name: "Skolevægring" }).isChecked(),
      "a plain click does not drop the earlier choice",
    ).toBe(true);
    await tags.getByLabel("Find tag").fill("selv");
    // Filtered out once the filter has rendered.
    await tags.getByText("Underretning", { exact: true }).waitFor({ state: "hidden" });
    expect(await tags.getByRole("checkbox", { name: "Selvskade" }).isVisible()).toBe(true);
    expect(await tags.getByRole("checkbox", { name: "Skolevægring" }).isVisible(), "chosen tags stay in view").toBe(
      true,
    );
    await tags.getByRole("checkbox", { name: "Selvskade" }).press("Space");
    expect(await tags.locator('[aria-live="polite"]').innerText()).toMatch(
      /^Valgt: (?=.*Skolevægring)(?=.*Forældresamarbejde)(?=.*Selvskade)/,
    );
    expect(await page.locator('input[name="tagIds"]:checked').count()).toBe(3);
    assertNoConsoleErrors(page);
  });

  it("works without JavaScript: two ticked tags are saved on the new thread", async () => {
    const context = await forum.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await signIn(page, forum.server.baseUrl, MEMBER);
      await page.goto(url("/ny"));
      const title = `Tags uden JavaScript (${stamp})`;
      await page.getByLabel("Titel", { exact: true }).fill(title);
      const tags = page.getByRole("group", { name: "Tags (højst 8)" });
      await tags.getByRole("checkbox", { name: "Skolevægring" }).check();
      await tags.getByRole("checkbox", { name: "Forældresamarbejde" }).check();
      await page.getByLabel("Indlæg", { exact: true }).fill("To tags valgt med flueben, uden JavaScript.");
      await page.getByRole("button", { name: "Opret tråd" }).click();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      const header = await page.locator(".thread__header").innerText();
      expect(header).toContain("Skolevægring");
      expect(header).toContain("Forældresamarbejde");
    } finally {
      await context.close();
    }
  });
});

describe("welcome and onboarding", () => {
  it("welcomes a newcomer on /?velkommen=1 with next steps, and closes the welcome", async () => {
    const page = await forum.signedInPage(NEWCOMER);
    await page.goto(url("/"));
    expect(
      await page.getByRole("region", { name: "Velkommen til netværket" }).count(),
      "no welcome on an ordinary visit",
    ).toBe(0);
    await page.goto(url("/?velkommen=1"));
    const welcome = page.getByRole("region", { name: "Velkommen til netværket" });
    await welcome.waitFor();
    expect(await welcome.getByRole("link", { name: "Gå til din profil" }).getAttribute("href")).toBe("/profil");
    expect(await welcome.getByRole("link", { name: "Åbn forløbet" }).getAttribute("href")).toBe("/kom-godt-i-gang");
    const text = await welcome.innerText();
    expect(text).toContain("Du står som «Ny i netværket»");
    expect(text).toContain("Fælles");
    expect(text).toContain("Erfarne");
    await welcome.getByRole("link", { name: "Luk velkomsten" }).click();
    await page.waitForURL((current) => current.search === "");
    await page.getByRole("region", { name: "Velkommen til netværket" }).waitFor({ state: "detached" });
    assertNoConsoleErrors(page);
  });
});

describe("moderation pages", () => {
  it("shows the flagged post rendered in the queue, and the audit log in Danish with links and readable changes", async () => {
    // A reply with Markdown, flagged by a colleague.
    const author = await forum.signedInPage(MEMBER);
    await author.goto(url("/ny"));
    const title = `Flag med formatering (${stamp})`;
    await author.getByLabel("Titel", { exact: true }).fill(title);
    await author.getByLabel("Indlæg", { exact: true }).fill(`Første linje med **fed** tekst\nanden linje (${stamp})`);
    await author.getByRole("button", { name: "Opret tråd" }).click();
    await author.getByRole("heading", { level: 1, name: title }).waitFor();
    const flagger = await forum.signedInPage("mentor@demo.tvaers.dk");
    await flagger.goto(author.url());
    const opening = flagger.locator("article.post--opening");
    await opening.getByText("Anmeld", { exact: true }).click();
    await opening.getByLabel(/Uden for emnet/).check();
    await opening.getByRole("button", { name: "Send anmeldelse" }).click();
    await opening.getByText("Tak. En moderator ser på din anmeldelse.").waitFor();

    const moderator = await forum.signedInPage(MODERATOR);
    await moderator.goto(url("/admin/flag"));
    const item = moderator.locator(".flag-queue__item").filter({ hasText: title });
    const post = item.locator(".flag-queue__post");
    expect(await post.locator("strong").innerText()).toBe("fed");
    expect(await post.innerText()).toMatch(/Første linje med fed tekst\nanden linje/);
    expect(await post.innerText()).not.toContain("**");
    expect(
      await moderator
        .getByRole("navigation", { name: "Administration" })
        .getByRole("link", { name: "Anmeldelser" })
        .getAttribute("aria-current"),
    ).toBe("page");
    await item.getByRole("button", { name: "Skjul indlægget" }).click();
    await moderator.getByText("Indlægget er skjult for medlemmerne.").waitFor();

    const admin = await forum.signedInPage(ADMIN);
    await admin.goto(url("/admin/log"));
    const row = admin.locator(".admin-log tbody tr").filter({ hasText: "Indlæg skjult" }).first();
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).not.toContain("post.hidden");
    expect(rowText).not.toContain("{");
    expect(rowText).toContain("Jens Kjærgaard");
    expect(rowText).toContain("Uden for emnet");
    expect(await row.getByRole("link", { name: `Indlæg i «${title}»` }).getAttribute("href")).toMatch(
      /^\/t\/\d+-[a-z0-9-]+#indlaeg-\d+$/,
    );
    const actions = await admin.getByLabel("Handling").locator("option").allInnerTexts();
    expect(actions).toContain("Indlæg skjult");
    expect(
      actions.some((option) => /^[a-z_]+\.[a-z_]+$/.test(option)),
      "no raw action names",
    ).toBe(false);
    expect(await admin.getByLabel("Mål").locator("option").allInnerTexts()).toContain("Indlæg");
    assertNoConsoleErrors(moderator);
    assertNoConsoleErrors(admin);
  });
});

describe("Vidensbank article form", () => {
  it("explains how to start an article without a thread, and shows the limits after hydration without errors", async () => {
    const context = await forum.browser.newContext();
    try {
      const page = await context.newPage();
      trackConsoleErrors(page);
      await signIn(page, forum.server.baseUrl, MODERATOR);
      const response = await page.goto(url("/vidensbank/ny"));
      expect(response?.status()).toBe(200);
      await page.getByRole("heading", { level: 1, name: "Sådan laver du en artikel til Vidensbanken" }).waitFor();
      expect(await page.title()).toBe("Sådan laver du en artikel til Vidensbanken – Tværs");

      await page.goto(url("/soeg?q=skolev%C3%A6gring"));
      const threadHref = await page.locator(".search-result a").first().getAttribute("href");
      const threadId = /\/t\/(\d+)/.exec(threadHref ?? "")?.[1];
      await page.goto(url(`/vidensbank/ny?traad=${threadId}`));
      await page.waitForLoadState("networkidle");
      expect(await page.locator("#felt-keyPoints-hint").innerText()).toBe("Ét punkt pr. linje, højst 20.");
      await page.getByRole("group", { name: "Temaer (højst 8)" }).waitFor();
      assertNoConsoleErrors(page);
    } finally {
      await context.close();
    }
  });
});
