import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";
import { openThreadWithReplies } from "./support/everyday";

// The thread page's post items are server-rendered markup taken over from the DOM (issue 19):
// no hydration error in Chromium, and the page's JavaScript still works on them.
const forum = useForum({ context: { viewport: { width: 1280, height: 900 } } });

/** The live-preview box appears only after hydration. */
async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(forum.url(path));
  await page.getByLabel("Vis forhåndsvisning mens jeg skriver").waitFor();
}

/** The post items of the page as the server sends it (the rest holds the clock and the read state, which move on). */
async function postItemMarkup(page: Page, path: string): Promise<string[]> {
  const response = await page.request.get(forum.url(path));
  expect(response.status()).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/<div class="post-item" id="indlaeg-\d+-punkt">([\s\S]*?)<\/div><\/li>/g)].map(
    (match) => match[1] ?? "",
  );
}

describe("the thread page's cached post items in Chromium", () => {
  for (const email of ["ny@demo.tvaers.dk", "moderator@demo.tvaers.dk"]) {
    it(`hydrate without errors for ${email}, the same bytes cold and warm, and helpful and «Citér» still work`, async () => {
      const page = await forum.signedInPage(email);
      const thread = openThreadWithReplies(forum.server.databasePath, email.startsWith("ny") ? 1 : 2);
      const cold = await postItemMarkup(page, thread.path);
      const warm = await postItemMarkup(page, thread.path);
      expect(cold.length).toBeGreaterThan(1);
      expect(cold.join("")).toContain("<article");
      expect(warm).toEqual(cold);
      const health = (await (await page.request.get(forum.url("/healthz"))).json()) as {
        renderCache: { hits: number; entries: number };
      };
      expect(health.renderCache.hits).toBeGreaterThan(0);

      await openHydrated(page, thread.path);
      assertNoConsoleErrors(page);
      await page.evaluate(() => ((window as unknown as { stillSamePage: boolean }).stillSamePage = true));

      // «Nyttigt» on someone else's post: submitted in place by the delegated form handler.
      const other = page.locator("article.post").filter({ has: page.getByRole("button", { name: /^Nyttigt/ }) });
      const target = other.first();
      const button = target.getByRole("button", { name: /^Nyttigt/ });
      const before = await button.getAttribute("aria-pressed");
      await button.click();
      await expect
        .poll(() => target.getByRole("button", { name: /^Nyttigt/ }).getAttribute("aria-pressed"))
        .toBe(before === "true" ? "false" : "true");

      // «Citér» through the post stream's one click handler: into the reply box, no page load.
      await target.getByRole("button", { name: "Citér" }).click();
      await expect.poll(() => page.getByLabel("Dit svar", { exact: true }).inputValue()).toContain("skrev](/indlaeg/");
      expect(await page.evaluate(() => (window as unknown as { stillSamePage?: boolean }).stillSamePage)).toBe(true);
      assertNoConsoleErrors(page);
    });
  }
});
