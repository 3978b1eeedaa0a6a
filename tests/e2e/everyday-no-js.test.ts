import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";
import {
  askToDelete,
  confirmDeletion,
  openThreadWithReplies,
  postDeletedAt,
  postIdOf,
  postReply,
  queryRows,
  replyBox,
  screenshot,
  undoDeletion,
} from "./support/everyday";

// The same everyday writing with JavaScript switched off: every control is a plain link or form.
const MEMBER = "mentor@demo.tvaers.dk";
const stamp = Date.now().toString(36);
const forum = useForum({
  env: { POSTING_MIN_INTERVAL_SECONDS: "0", POSTING_DUPLICATE_MINUTES: "0" },
  context: { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } },
});
const url = forum.url;

describe("everyday writing without JavaScript", () => {
  it("«Citér» keeps what was typed and adds the quote after it; the live-preview box is not offered", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 7);
    await page.goto(url(thread.path));
    expect(
      await page.getByLabel("Vis forhåndsvisning mens jeg skriver").count(),
      "the box does nothing without JavaScript",
    ).toBe(0);
    await replyBox(page).fill(`Mit halve svar ${stamp}`);
    const opening = page.locator("article.post--opening");
    const openingId = await postIdOf(opening);
    await opening.getByRole("button", { name: "Citér" }).click();
    await page.waitForLoadState("load");
    await expect.poll(() => replyBox(page).inputValue()).toContain(`[skrev](/indlaeg/${openingId}):`);
    expect(
      (await replyBox(page).inputValue()).startsWith(`Mit halve svar ${stamp}\n\n> **`),
      "the typed text is kept, the quote follows",
    ).toBe(true);
    expect(
      queryRows(forum.server.databasePath, "select id from post where body_source like ?", `%Mit halve svar ${stamp}%`),
      "quoting posts nothing",
    ).toEqual([]);
    await screenshot(page, "citat-uden-js");
    assertNoConsoleErrors(page);
  });

  it("«Slet» asks on a page of its own, and «Fortryd» on the thread brings the post back", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 8);
    await page.goto(url(thread.path));
    const text = `Svar uden JavaScript ${stamp}`;
    const postId = await postReply(page, text);
    await askToDelete(page, postId);
    await confirmDeletion(page, postId);
    expect(postDeletedAt(forum.server.databasePath, postId)).not.toBeNull();
    await undoDeletion(page, postId, text);
    expect(postDeletedAt(forum.server.databasePath, postId)).toBeNull();
    assertNoConsoleErrors(page);
  });

  it("«Gem» and the «Gemte indlæg» list work as plain forms", async () => {
    const page = await forum.signedInPage(MEMBER);
    const thread = openThreadWithReplies(forum.server.databasePath, 9);
    await page.goto(url(thread.path));
    const title = await page.getByRole("heading", { level: 1 }).innerText();
    await page.locator("article.post--opening").getByRole("button", { name: "Gem" }).click();
    await page.locator("article.post--opening").getByRole("button", { name: "Gemt" }).waitFor();
    await page.goto(url("/profil"));
    await page.locator("#gemte").getByRole("link", { name: title }).waitFor();
    await screenshot(page, "profil-uden-js");
    assertNoConsoleErrors(page);
  });
});
