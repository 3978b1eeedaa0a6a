import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError } from "./support/server";
import {
  askToDelete,
  confirmDeletion,
  openThreadWithReplies,
  postDeletedAt,
  postReply,
  queryRows,
  replyBox,
  screenshot,
  seriousAxeViolations,
  undoDeletion,
} from "./support/everyday";

// Writing without lost work, with JavaScript, at 1280 px: quotes at the cursor, drafts on the server,
// deletion with a confirmation and «Fortryd», «Gem», and the history's difference view.
const MEMBER = "erfaren@demo.tvaers.dk";
const stamp = Date.now().toString(36);
// bypassCSP: axe is injected as an inline script, which the app's nonce-based CSP blocks (as in foundation.test.ts).
const forum = useForum({
  env: { POSTING_MIN_INTERVAL_SECONDS: "0", POSTING_DUPLICATE_MINUTES: "0" },
  context: { viewport: { width: 1280, height: 900 }, bypassCSP: true },
});
const url = forum.url;

/** The live-preview box appears only after hydration: once it is there, clicks are handled by the app, not the browser. */
async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(url(path));
  await page.getByLabel("Vis forhåndsvisning mens jeg skriver").waitFor();
}

const draftsOf = (memberEmail: string) =>
  queryRows<{ body: string; thread_id: number | null }>(
    forum.server.databasePath,
    "select draft.body, draft.thread_id from draft join member on member.id = draft.member_id where member.email = ?",
    memberEmail,
  );

/** Posts a reply through the form; `marker` is a piece of its text as the page shows it. */
describe("everyday writing with JavaScript", () => {
  it("«Citér» puts the quote, with a link to the quoted post, at the cursor without reloading the page", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath);
    await openHydrated(page, thread.path);
    const box = replyBox(page);
    await box.fill("Før citatet.\n\nEfter citatet.");
    await box.evaluate((element: HTMLTextAreaElement) => {
      element.focus();
      element.setSelectionRange(14, 14);
    });
    await page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));
    const opening = page.locator("article.post--opening");
    const openingId = Number((await opening.getAttribute("id"))?.replace("indlaeg-", ""));
    await opening.getByRole("button", { name: "Citér" }).click();
    await expect.poll(() => box.inputValue()).toContain(`[skrev](/indlaeg/${openingId}):`);
    const text = await box.inputValue();
    expect(text.startsWith("Før citatet.\n\n> **"), "the quote starts at the cursor").toBe(true);
    expect(text.trimEnd().endsWith("\nEfter citatet."), "the text after the cursor is kept after the quote").toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage),
      "no page load happened",
    ).toBe(true);

    const postId = await postReply(page, `${text}\nSvar ${stamp}-citat`, `Svar ${stamp}-citat`);
    const link = page.locator(`#indlaeg-${postId} blockquote a`, { hasText: "skrev" });
    expect(await link.getAttribute("href")).toBe(`/indlaeg/${openingId}`);
    await link.click();
    await page.waitForURL((current) => current.hash === `#indlaeg-${openingId}` && current.pathname === thread.path);
    assertNoConsoleErrors(page);
  });

  it("saves the reply as a draft while typing, restores it, lists it under «Kladder», and deletes it when the reply is posted", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 1);
    await openHydrated(page, thread.path);
    const text = `Et halvt svar ${stamp}-kladde`;
    await replyBox(page).fill(text);
    await page.getByRole("status").filter({ hasText: "Kladde gemt." }).waitFor();
    expect(
      draftsOf(MEMBER)
        .filter((d) => d.thread_id === thread.id)
        .map((d) => d.body),
    ).toEqual([text]);

    await openHydrated(page, thread.path);
    expect(await replyBox(page).inputValue(), "the draft is restored on return").toBe(text);
    await page.getByText("Du fortsætter på en gemt kladde.").waitFor();

    await page.goto(url("/profil"));
    const drafts = page.locator("#kladder");
    await drafts.getByText(`«${text}»`).waitFor();
    await screenshot(page, "profil-kladder");
    await drafts
      .getByRole("link", { name: /^Fortsæt svaret:/ })
      .first()
      .click();
    await page.waitForURL((current) => current.pathname === thread.path);
    await page.getByLabel("Vis forhåndsvisning mens jeg skriver").waitFor();
    expect(await replyBox(page).inputValue()).toBe(text);
    await page.getByRole("button", { name: "Send svar" }).click();
    await page.locator("article.post").filter({ hasText: text }).waitFor();
    expect(
      draftsOf(MEMBER).filter((d) => d.thread_id === thread.id),
      "posting deletes the draft",
    ).toEqual([]);
    assertNoConsoleErrors(page);
  });

  it("keeps a new thread's title and text as a draft, restores them on /ny, and «Slet kladde» on the profile removes it", async () => {
    const page = await forum.signedInPage(MEMBER);
    await page.goto(url("/ny"));
    await page.getByLabel("Vis forhåndsvisning mens jeg skriver").waitFor();
    const title = `Ny tråd som kladde ${stamp}`;
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Indlæg", { exact: true }).fill(`Brødtekst ${stamp}`);
    await page.getByRole("status").filter({ hasText: "Kladde gemt." }).waitFor();
    await page.goto(url("/ny"));
    expect(await page.getByLabel("Titel", { exact: true }).inputValue()).toBe(title);
    expect(await page.getByLabel("Indlæg", { exact: true }).inputValue()).toBe(`Brødtekst ${stamp}`);
    await page.goto(url("/profil"));
    const drafts = page.locator("#kladder");
    const item = drafts
      .locator("li")
      .filter({ has: page.getByRole("link", { name: `Fortsæt den nye tråd: ${title}` }) });
    await item.getByRole("button", { name: "Slet kladde" }).click();
    await page.getByText("Kladden er slettet.").waitFor();
    expect(await drafts.getByRole("link", { name: `Fortsæt den nye tråd: ${title}` }).count()).toBe(0);
    expect(draftsOf(MEMBER).filter((d) => d.thread_id === null)).toEqual([]);
    assertNoConsoleErrors(page);
  });

  it("does not store a draft with a CPR number, says so in Danish, and keeps the text in the box", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 2);
    await openHydrated(page, thread.path);
    await replyBox(page).fill(`Pige, 15 ${stamp}`);
    await page.getByRole("status").filter({ hasText: "Kladde gemt." }).waitFor();
    const withCpr = `Pige, 15 ${stamp}, cpr 010190-1234`;
    await replyBox(page).fill(withCpr);
    await page.getByText("Kladden er ikke gemt, fordi teksten ligner et CPR-nummer.").waitFor();
    expect(await replyBox(page).inputValue()).toBe(withCpr);
    expect(
      draftsOf(MEMBER)
        .filter((d) => d.thread_id === thread.id)
        .map((d) => d.body),
      "the last draft without the CPR stays",
    ).toEqual([`Pige, 15 ${stamp}`]);
    assertNoConsoleErrors(page, [expectedStatusError(422)]);
  });

  it("keeps the text when the network drops, and the next save after it returns succeeds", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 3);
    await openHydrated(page, thread.path);
    await page.context().setOffline(true);
    await replyBox(page).fill(`Skrevet uden net ${stamp}`);
    await page.getByText("Kladden kunne ikke gemmes lige nu.").waitFor();
    expect(await replyBox(page).inputValue()).toBe(`Skrevet uden net ${stamp}`);
    await page.context().setOffline(false);
    await replyBox(page).press("End");
    await replyBox(page).pressSequentially(" og med net");
    await page.getByRole("status").filter({ hasText: "Kladde gemt." }).waitFor();
    expect(
      draftsOf(MEMBER)
        .filter((d) => d.thread_id === thread.id)
        .map((d) => d.body),
    ).toEqual([`Skrevet uden net ${stamp} og med net`]);
  });

  it("«Slet» asks first, «Fortryd» brings the post back, and the opening post with replies has no «Slet»", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 4);
    await openHydrated(page, thread.path);
    expect(
      await page.locator("article.post--opening").getByRole("link", { name: "Slet" }).count(),
      "a first post with replies cannot be deleted",
    ).toBe(0);
    const postId = await postReply(page, `Svar der skal slettes ${stamp}`);
    await askToDelete(page, postId);
    await screenshot(page, "slet-bekraeft");
    expect(await seriousAxeViolations(page), "delete confirmation page").toEqual([]);
    expect(postDeletedAt(forum.server.databasePath, postId), "asking deletes nothing").toBeNull();
    await confirmDeletion(page, postId);
    await undoDeletion(page, postId, `Svar der skal slettes ${stamp}`);
    expect(postDeletedAt(forum.server.databasePath, postId)).toBeNull();
    assertNoConsoleErrors(page);
  });

  it("«Gem» saves a post to «Gemte indlæg» on the profile, and «Fjern» takes it off", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 5);
    await openHydrated(page, thread.path);
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    const opening = page.locator("article.post--opening");
    await opening.getByRole("button", { name: "Gem" }).click();
    await opening.getByRole("button", { name: "Gemt" }).waitFor();
    expect(await opening.getByRole("button", { name: "Gemt" }).getAttribute("aria-pressed")).toBe("true");
    await screenshot(page, "traad");
    expect(await seriousAxeViolations(page), "thread page").toEqual([]);
    await page.goto(url("/profil"));
    const saved = page.locator("#gemte");
    await saved.getByRole("link", { name: title }).waitFor();
    await screenshot(page, "profil-gemte");
    expect(await seriousAxeViolations(page), "profile page").toEqual([]);
    await saved.getByRole("button", { name: "Fjern" }).first().click();
    await saved.getByText("Du har ikke gemt nogen indlæg endnu.").waitFor();
    assertNoConsoleErrors(page);
  });

  it("the history shows what an edit changed with <ins> and <del>, and a code block's first line is not indented", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 6);
    await openHydrated(page, thread.path);
    const postId = await postReply(
      page,
      `Vi mødes i tre uger ${stamp}.\n\n\`\`\`\nførste linje\nanden linje\n\`\`\``,
      `tre uger ${stamp}`,
    );
    const code = page.locator(`#indlaeg-${postId} pre code`);
    const [first, second] = await code.evaluate((element) => {
      const lines: number[] = [];
      const text = element.firstChild as Text;
      for (const offset of [0, text.data.indexOf("anden")]) {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        lines.push(range.getBoundingClientRect().left);
      }
      return lines;
    });
    expect(first, "the first line of a code block starts where the second does").toBe(second);

    await page.goto(url(`/indlaeg/${postId}/rediger`));
    const body = page.getByLabel("Indlæg", { exact: true });
    await body.fill((await body.inputValue()).replace("tre uger", "fire uger"));
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await page.waitForURL((current) => current.pathname === thread.path);
    await page.goto(url(`/indlaeg/${postId}/historik`));
    const diff = page.locator(".revision--diff").first();
    expect(await diff.locator("del").innerText()).toContain("tre");
    expect(await diff.locator("ins").innerText()).toContain("fire");
    await screenshot(page, "historik");
    expect(await seriousAxeViolations(page), "history page").toEqual([]);
    assertNoConsoleErrors(page);
  });
});
