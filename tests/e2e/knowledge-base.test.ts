import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

// A moderator turns a seeded thread into a Vidensbank article, publishes it,
// and search then shows the thread first with the «Vidensbank» badge.
const MODERATOR = "moderator@demo.tvaers.dk";
/** A seeded thread (db/seed/data/threads/cases.ts). */
const THREAD_TITLE = "Ung skriver i chatten, at forældrene slår – hvornår underretter I?";
const QUERY = "forældrene slår underretter";

const forum = useForum();
const url = forum.url;

describe("Vidensbank in the browser", () => {
  it("creates and publishes an article from a thread and finds it first in search", async () => {
    const page = await forum.signedInPage(MODERATOR);

    await page.goto(url(`/soeg?q=${encodeURIComponent(QUERY)}`));
    await page.locator(".search-result a", { hasText: THREAD_TITLE }).first().click();
    await page.getByRole("heading", { level: 1, name: THREAD_TITLE }).waitFor();
    await page.getByRole("link", { name: "Lav en artikel til Vidensbanken" }).click();
    await page.getByRole("heading", { level: 1, name: "Ny artikel til Vidensbanken" }).waitFor();

    await page.getByLabel("Titel").fill("Underretning når en ung fortæller om vold i chatten");
    await page.getByLabel("Resumé").fill("Underret **samme dag**, også når den unge er anonym.");
    await page.getByLabel("Hovedpunkter").fill("Underret samme dag\nDokumentér samtalen");
    await page.locator('input[name="sourcePostIds"]').first().check();
    await page.locator('input[name="status"][value="published"]').check();
    await page.getByRole("button", { name: "Opret artikel" }).click();

    await page
      .getByRole("heading", { level: 1, name: "Underretning når en ung fortæller om vold i chatten" })
      .waitFor();
    expect(await page.locator(".prose strong").first().textContent()).toBe("samme dag");
    expect(await page.getByRole("heading", { name: "Kilder fra forummet" }).isVisible()).toBe(true);

    await page.goto(url(`/soeg?q=${encodeURIComponent(QUERY)}`));
    const first = page.locator(".search-result").first();
    expect(await first.locator("h3 a").textContent()).toBe(THREAD_TITLE);
    expect(await first.locator(".badge", { hasText: "Vidensbank" }).count()).toBe(1);
    await first.getByRole("link", { name: "Underretning når en ung fortæller om vold i chatten" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Underretning når en ung fortæller om vold i chatten" })
      .waitFor();

    // Listed under each of the thread's theme tags, which the form pre-selects.
    await page.goto(url("/vidensbank"));
    expect(
      await page.getByRole("link", { name: "Underretning når en ung fortæller om vold i chatten" }).count(),
    ).toBeGreaterThanOrEqual(1);
    assertNoConsoleErrors(page);
  });
});
