import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { members } from "../../db/seed/data/members";
import { municipalities } from "../../db/seed/data/municipalities";
import { describeViolations, seriousViolations } from "./support/axe";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError, signIn, trackConsoleErrors } from "./support/server";

// Reading the forum as a member: front page → category → thread, plus the pages around it.
const MEMBER = { email: "erfaren@demo.tvaers.dk", name: "Mikkel Brandt" };

const forum = useForum();
let page: Page;
beforeAll(async () => {
  page = await forum.memberPage(MEMBER.email);
});

const url = forum.url;

/** The h1 once it shows the given text (client-side navigation renders after the click). */
async function headingText(target: Page, text?: string): Promise<string> {
  const heading = target.getByRole("heading", { level: 1, ...(text === undefined ? {} : { name: text, exact: true }) });
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

/** Title and path of the first thread listed in a category, as a member sees it. */
async function firstThreadIn(target: Page, categorySlug: string): Promise<{ title: string; path: string }> {
  await target.goto(url(`/k/${categorySlug}`));
  const link = target.locator(".thread-list__title a").first();
  return { title: (await link.innerText()).trim(), path: (await link.getAttribute("href")) ?? "" };
}

describe("reading the forum as a member", () => {
  it("follows the Cases category to its first thread and shows every post with author, profession and municipality", async () => {
    await page.goto(url("/"));
    expect(await headingText(page)).toBe(`Velkommen, ${MEMBER.name}`);

    const categories = page.getByRole("region", { name: "Kategorier" });
    await categories.getByRole("link", { name: "Cases", exact: true }).click();
    await page.waitForURL((current) => current.pathname === "/k/cases");
    expect(await headingText(page, "Cases")).toBe("Cases");

    const firstThread = page.locator(".thread-list__title a").first();
    const clickedTitle = (await firstThread.innerText()).trim();
    expect(clickedTitle).not.toBe("");
    await firstThread.click();
    await page.waitForURL((current) => /^\/t\/\d+-[a-z0-9-]+$/.test(current.pathname));
    expect(await headingText(page, clickedTitle)).toBe(clickedTitle);

    const posts = page.locator("article.post");
    const count = await posts.count();
    expect(count).toBeGreaterThan(0);
    expect(await page.locator("article.post--opening").count()).toBe(1);
    for (let index = 0; index < count; index++) {
      const post = posts.nth(index);
      const author = (await post.locator(".post__name").innerText()).trim();
      const byline = (await post.locator(".post__profession").innerText()).trim();
      const body = (await post.locator(".post__body").innerText()).trim();
      // The demo network is the fixture: each author's byline must match who they are.
      const seeded = members.find((member) => member.displayName === author);
      expect(seeded, `post ${index + 1} is by an unknown author "${author}"`).toBeDefined();
      const municipality = municipalities.find((m) => m.slug === seeded?.municipality);
      expect(byline, `byline of post ${index + 1}`).toBe(`${seeded?.profession}, ${municipality?.name}`);
      expect(body.length, `body of post ${index + 1}`).toBeGreaterThan(0);
    }
    // The opening post is by the member named in the thread header.
    const opener = (await posts.first().locator(".post__name").innerText()).trim();
    expect(await page.locator(".thread__meta").innerText()).toContain(`Startet af ${opener},`);
    assertNoConsoleErrors(page);
  });

  it("keeps a thread readable whatever a hand-edited ?side= says (-1, 1e308, NaN)", async () => {
    const thread = await firstThreadIn(page, "cases");
    for (const side of ["-1", "1e308", "NaN"]) {
      const response = await page.goto(url(`${thread.path}?side=${side}`));
      expect(response?.status(), `?side=${side}`).toBe(200);
      expect(await headingText(page)).toBe(thread.title);
      expect(await page.locator("article.post--opening").count(), `?side=${side} shows the first page`).toBe(1);
      expect(
        (await page.locator("article.post--opening .post__body").innerText()).trim(),
        `?side=${side} shows the opening post's text`,
      ).not.toBe("");
    }
    assertNoConsoleErrors(page);
  });

  it("answers an unknown path with 404 and the Danish not-found page", async () => {
    const response = await page.goto(url("/denne/side/findes/ikke"));
    expect(response?.status()).toBe(404);
    expect(await headingText(page)).toBe("Siden findes ikke");
    await page.getByRole("link", { name: "Gå til forsiden" }).waitFor();
    assertNoConsoleErrors(page, [expectedStatusError(404)]);
  });

  it("answers /healthz with 200 JSON status ok to a client without a session", async () => {
    const response = await fetch(url("/healthz"), { redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { status?: string };
    expect(body.status).toBe("ok");
  });
});

describe("accessibility", () => {
  // Injecting axe as an inline script is blocked by the app's nonce-based CSP, so this context bypasses CSP.
  it("axe-core finds no serious or critical violations on the front page and a thread page (CSP bypassed for axe)", async () => {
    const axeContext = await forum.browser.newContext({ bypassCSP: true });
    try {
      const axePage = await axeContext.newPage();
      trackConsoleErrors(axePage);
      await signIn(axePage, forum.server.baseUrl, MEMBER.email);
      await axePage.goto(url("/"));
      const front = await seriousViolations(axePage);

      const thread = await firstThreadIn(axePage, "cases");
      await axePage.goto(url(thread.path));
      await headingText(axePage, thread.title);
      const threadPage = await seriousViolations(axePage);

      const report = [
        describeViolations("front page /", front),
        describeViolations(`thread ${thread.path}`, threadPage),
      ]
        .filter(Boolean)
        .join("\n");
      if (report) console.log(`axe-core violations:\n${report}`);
      expect(report).toBe("");
      assertNoConsoleErrors(axePage);
    } finally {
      await axeContext.close();
    }
  });
});
