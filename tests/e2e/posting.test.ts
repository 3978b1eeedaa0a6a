import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError, repoRoot } from "./support/server";

// Posting as members: a new thread with tags, a quoted reply, an edit with history,
// an accepted answer, the CPR guard and the preview, all through the real forms.
const AUTHOR = { email: "erfaren@demo.tvaers.dk", name: "Mikkel Brandt" };
const COLLEAGUE = { email: "mentor@demo.tvaers.dk", name: "Lone Vestergaard" };
const NEWCOMER = { email: "ny@demo.tvaers.dk", name: "Sofie Lund" };

const stamp = Date.now().toString(36);
const TITLE = `Dreng på 14 vil ikke i skole efter efterårsferien (${stamp})`;
const FIRST_BODY = `Dreng, 14, har ikke været i skole i tre uger.\nForældrene er uenige om, hvad der skal ske. Kode ${stamp}-før.`;
const EDITED_BODY = `Dreng, 14, har ikke været i skole i fire uger nu.\nVi har haft et første møde med skolen. Kode ${stamp}-efter.`;
const REPLY_TEXT = `Start med et fælles møde med begge forældre – kode ${stamp}-svar.`;

// The same members post several times within seconds here; the flood limit has its own test.
const forum = useForum({ env: { POSTING_MIN_INTERVAL_SECONDS: "0" } });
let threadPath = "";
const url = forum.url;
/** One signed-in browser context per member, reused across the tests of this file. */
const pageOf = forum.memberPage;

function requireThread(): string {
  expect(threadPath, "the thread from the first test exists").toMatch(/^\/t\/\d+-[a-z0-9-]+$/);
  return threadPath;
}

/** The list entry of our thread on a category or tag page. */
const listedThread = (page: Page) =>
  page.locator(".thread-list__item").filter({ has: page.getByRole("link", { name: TITLE, exact: true }) });

/** "12 tråde" on a category page, as a number. */
async function threadCount(page: Page, categorySlug: string): Promise<number> {
  await page.goto(url(`/k/${categorySlug}`));
  const text = await page
    .locator("p.muted")
    .filter({ hasText: /\d+ tråd/ })
    .first()
    .innerText();
  return Number(/(\d+) tråd/.exec(text)?.[1]);
}

async function openNewThreadForm(page: Page): Promise<void> {
  await page.goto(url("/"));
  await page.getByRole("link", { name: "Start en ny tråd" }).click();
  await page.waitForURL((current) => current.pathname === "/ny");
  await page.getByRole("heading", { level: 1, name: "Start en ny tråd" }).waitFor();
}

describe("posting", () => {
  it("(a) lets a member start a thread in Cases with two tags; it is listed on the category and the tag page", async () => {
    const page = await pageOf(AUTHOR.email);
    await openNewThreadForm(page);
    await page.getByLabel("Titel", { exact: true }).fill(TITLE);
    await page.getByLabel("Kategori", { exact: true }).selectOption({ label: "Cases" });
    expect(
      await page.locator('input[name="track"]:checked').inputValue(),
      "an experienced member defaults to the shared track",
    ).toBe("shared");
    const tags = page.getByRole("group", { name: "Tags (højst 8)" });
    await tags.getByRole("checkbox", { name: "Skolevægring" }).check();
    await tags.getByRole("checkbox", { name: "Forældresamarbejde" }).check();
    await page.getByLabel("Indlæg", { exact: true }).fill(FIRST_BODY);
    await page.getByRole("button", { name: "Opret tråd" }).click();
    await page.waitForURL((current) => /^\/t\/\d+-[a-z0-9-]+$/.test(current.pathname));
    threadPath = new URL(page.url()).pathname;

    await page.getByRole("heading", { level: 1, name: TITLE, exact: true }).waitFor();
    const opening = page.locator("article.post--opening");
    expect(await opening.locator(".post__name").innerText()).toBe(AUTHOR.name);
    expect(await opening.locator(".post__body").innerText()).toContain(`Kode ${stamp}-før.`);
    expect(await page.locator(".thread__header").innerText()).toMatch(
      /Skolevægring[\s\S]*Forældresamarbejde|Forældresamarbejde[\s\S]*Skolevægring/,
    );

    await page.goto(url("/k/cases"));
    await listedThread(page).waitFor();
    await page.goto(url("/tag/skolevaegring"));
    await page.getByRole("heading", { level: 1, name: /Skolevægring/ }).waitFor();
    await listedThread(page).waitFor();
    expect(await listedThread(page).locator("a", { hasText: TITLE }).getAttribute("href")).toBe(threadPath);
    assertNoConsoleErrors(page);
  });

  it("(b) lets a colleague quote the opening post with «Citér» and reply; the quote shows as a blockquote", async () => {
    const page = await pageOf(COLLEAGUE.email);
    await page.goto(url(requireThread()));
    // Once hydrated, «Citér» puts the quote into the reply box without a page load.
    await page.getByLabel("Vis forhåndsvisning mens jeg skriver").waitFor();
    await page.locator("article.post--opening").getByRole("button", { name: "Citér" }).click();
    const reply = page.getByLabel("Dit svar", { exact: true });
    await expect
      .poll(() => reply.inputValue())
      .toMatch(new RegExp(`^> \\*\\*${AUTHOR.name}\\*\\* \\[skrev\\]\\(/indlaeg/\\d+\\):`));
    const quoted = await reply.inputValue();
    expect(quoted).toContain(`> Dreng, 14, har ikke været i skole i tre uger.`);
    await reply.fill(`${quoted}${REPLY_TEXT}`);
    await page.getByRole("button", { name: "Send svar" }).click();
    await page.waitForURL((current) => /^#indlaeg-\d+$/.test(current.hash));

    const post = page.locator("article.post").filter({ hasText: REPLY_TEXT });
    await post.waitFor();
    expect(await post.locator(".post__name").innerText()).toBe(COLLEAGUE.name);
    const quote = post.locator(".post__body blockquote");
    expect(await quote.count()).toBe(1);
    expect(await quote.locator("strong").innerText()).toBe(AUTHOR.name);
    expect(await quote.innerText()).toContain("Dreng, 14, har ikke været i skole i tre uger.");
    // The new text sits after the quote, not inside it.
    expect(await quote.innerText()).not.toContain(REPLY_TEXT);
    expect(
      await page.getByLabel("Dit svar", { exact: true }).inputValue(),
      "the reply box is emptied after sending",
    ).toBe("");
    assertNoConsoleErrors(page);
  });

  it("(c) keeps the previous text in the history when the author edits the opening post", async () => {
    const page = await pageOf(AUTHOR.email);
    await page.goto(url(requireThread()));
    const opening = page.locator("article.post--opening");
    expect(await opening.getByRole("link", { name: "Historik" }).count(), "no history before an edit").toBe(0);
    await opening.getByRole("link", { name: "Redigér" }).click();
    await page.waitForURL((current) => /^\/indlaeg\/\d+\/rediger$/.test(current.pathname));
    await page.getByRole("heading", { level: 1, name: "Redigér tråd" }).waitFor();
    const body = page.getByLabel("Indlæg", { exact: true });
    expect(await body.inputValue()).toBe(FIRST_BODY);
    await body.fill(EDITED_BODY);
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await page.waitForURL((current) => current.pathname === threadPath);

    await opening.locator(".post__body", { hasText: `Kode ${stamp}-efter.` }).waitFor();
    expect(await opening.locator(".post__edited").innerText()).toContain("redigeret");
    await opening.getByRole("link", { name: "Historik" }).click();
    await page.waitForURL((current) => /^\/indlaeg\/\d+\/historik$/.test(current.pathname));
    await page.getByRole("heading", { level: 1, name: "Historik for indlægget" }).waitFor();
    expect(await page.locator("section pre.revision").innerText()).toBe(EDITED_BODY);
    const earlier = page.locator(".revision-list > li");
    expect(await earlier.count()).toBe(1);
    // The earlier text in full sits in a closed <details> under the difference view.
    expect(await earlier.locator("details pre.revision").textContent()).toBe(FIRST_BODY);
    expect(await earlier.locator(".revision--diff del").first().innerText()).toContain("tre");
    expect(await earlier.locator("h3").innerText()).toContain(`af ${AUTHOR.name}`);
    assertNoConsoleErrors(page);
  });

  it("(d) marks the colleague's reply as the solution: solution box on the thread, «Besvaret» on the category list", async () => {
    const page = await pageOf(AUTHOR.email);
    await page.goto(url(requireThread()));
    const reply = page.locator("article.post").filter({ hasText: REPLY_TEXT });
    expect(await page.locator(".thread__meta .badge--answered").count()).toBe(0);
    await reply.getByRole("button", { name: "Markér som løsning" }).click();
    await reply.getByRole("button", { name: "Fjern som løsning" }).waitFor();

    const solution = page.locator("section.solution");
    await solution.waitFor();
    expect(await solution.locator(".solution__label").innerText()).toContain(`Løsning – svar fra ${COLLEAGUE.name},`);
    expect(await solution.locator(".prose").innerText()).toContain(REPLY_TEXT);
    const replyId = await reply.getAttribute("id");
    expect(await solution.getByRole("link", { name: "Gå til svaret i tråden" }).getAttribute("href")).toBe(
      `#${replyId}`,
    );
    expect(await page.locator(".thread__meta .badge--answered").innerText()).toBe("Besvaret");
    expect(await reply.getAttribute("class")).toContain("post--solution");

    fs.mkdirSync(path.join(repoRoot, "tests/e2e/screenshots"), { recursive: true });
    await page.screenshot({ path: path.join(repoRoot, "tests/e2e/screenshots/posting-thread.png"), fullPage: true });

    await page.goto(url("/k/cases"));
    expect(await listedThread(page).locator(".badge--answered").innerText()).toBe("Besvaret");
    assertNoConsoleErrors(page);
  });

  it("(e) refuses a newcomer's thread with a CPR number and keeps the typed text", async () => {
    const page = await pageOf(NEWCOMER.email);
    const before = await threadCount(page, "cases");
    await openNewThreadForm(page);
    expect(
      await page.locator('input[name="track"]:checked').inputValue(),
      "a newcomer defaults to the newcomer track",
    ).toBe("newcomer");
    const title = `Pige skriver om selvskade (${stamp})`;
    const text = `Pige, 15, skriver at hun har det svært.\nHun gav sit CPR 010190-1234 i chatten. Hvad gør I?`;
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Kategori", { exact: true }).selectOption({ label: "Cases" });
    await page.getByLabel("Indlæg", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Opret tråd" }).click();

    // The server's answer: an alert under the field (the live guard's message has role=status).
    const error = page.locator(".field__error[role=alert]").filter({ hasText: "CPR-nummer" });
    await error.waitFor();
    expect(await page.locator(".form-error").innerText()).toContain("Tråden er ikke gemt");
    expect(new URL(page.url()).pathname).toBe("/ny");
    expect(await page.getByLabel("Indlæg", { exact: true }).inputValue()).toBe(text);
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(title);
    expect(await threadCount(page, "cases"), "no thread was created").toBe(before);
    assertNoConsoleErrors(page, [expectedStatusError(400)]);
  });

  it("(f) renders «Forhåndsvis» without saving the thread", async () => {
    const page = await pageOf(NEWCOMER.email);
    const before = await threadCount(page, "cases");
    await openNewThreadForm(page);
    const title = `Kun en forhåndsvisning (${stamp})`;
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Kategori", { exact: true }).selectOption({ label: "Cases" });
    await page
      .getByLabel("Indlæg", { exact: true })
      .fill(`Det her er **vigtigt** og *lidt skævt*.\n\n- første punkt\n- andet punkt`);
    await page.getByRole("button", { name: "Forhåndsvis" }).click();

    const preview = page.getByRole("region", { name: "Forhåndsvisning" });
    await preview.waitFor();
    await preview.locator("strong", { hasText: "vigtigt" }).waitFor();
    expect(await preview.locator("em").innerText()).toBe("lidt skævt");
    expect(await preview.locator("li").allInnerTexts()).toEqual(["første punkt", "andet punkt"]);
    expect(new URL(page.url()).pathname).toBe("/ny");
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(title);
    expect(await page.getByLabel("Indlæg", { exact: true }).inputValue()).toContain("**vigtigt**");

    expect(await threadCount(page, "cases"), "the preview created no thread").toBe(before);
    expect(await page.getByRole("link", { name: title }).count()).toBe(0);
    assertNoConsoleErrors(page);
  });

  // A reply box that kept the sent text was one click away from a double post.
  it("empties the reply box after a plain reply is sent", async () => {
    const page = await pageOf(COLLEAGUE.email);
    await page.goto(url(requireThread()));
    const text = `Et kort opfølgende svar uden citat (${stamp}).`;
    await page.getByLabel("Dit svar", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Send svar" }).click();
    await page.waitForURL((current) => /^#indlaeg-\d+$/.test(current.hash));
    await page.locator("article.post .post__body", { hasText: text }).waitFor();
    expect(await page.getByLabel("Dit svar", { exact: true }).inputValue()).toBe("");
  });
});
