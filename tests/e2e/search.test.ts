import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

const forum = useForum();
let page: Page;
beforeAll(async () => {
  page = await forum.memberPage("ny@demo.tvaers.dk");
});

async function searchFromHeader(query: string) {
  const box = page.getByRole("searchbox", { name: "Søg i forummet" });
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL((url) => url.pathname === "/soeg");
  await page.getByRole("heading", { level: 2 }).first().waitFor();
}

const resultTitles = () => page.locator("ol.search-results .thread-list__title a").allInnerTexts();

describe("searching past discussions in Chromium", () => {
  it("finds inflected words typed without æ/ø/å from the header search box, with highlighted snippets", async () => {
    await searchFromHeader("skolevaegring foraeldre");
    const titles = await resultTitles();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.join(" | ")).toMatch(/Skolevægring/);
    expect(await page.locator("ol.search-results mark").count()).toBeGreaterThan(0);
    assertNoConsoleErrors(page);
  });

  it("narrows by track and answered status with the filter form", async () => {
    await page.goto(`${forum.server.baseUrl}/soeg?q=chat`);
    const before = (await resultTitles()).length;
    await page.getByText("Afgræns søgningen").click();
    await page.getByLabel("Spor").selectOption({ label: "Ny i netværket" });
    await page.getByLabel("Kun besvarede tråde").check();
    await page.getByRole("button", { name: "Søg", exact: true }).last().click();
    await page.waitForURL((url) => url.searchParams.get("spor") === "ny" && url.searchParams.get("besvaret") === "1");
    // The URL changes before the client-side navigation has rendered the narrower results.
    await expect.poll(() => page.locator("ol.search-results > li").count()).toBeLessThan(before);
    for (const result of await page.locator("ol.search-results > li").all()) {
      expect(await result.locator(".badge--answered").count()).toBe(1);
      expect(await result.locator(".badge--newcomer").count()).toBe(1);
    }
  });

  it("says when results are for a corrected word, links to the words as typed, and answers FTS syntax with results or «Ingen resultater»", async () => {
    await page.goto(`${forum.server.baseUrl}/soeg?q=${encodeURIComponent("supervison")}`);
    const notice = page.getByTestId("search-correction");
    await notice.waitFor();
    expect(await notice.innerText()).toBe("Viser resultater for supervision; søg i stedet efter supervison");
    expect(await notice.getByRole("link").getAttribute("href")).toContain("eksakt=1");
    for (const query of ['"', "AND(", "NEAR * : ^", "!!!"]) {
      const response = await page.goto(`${forum.server.baseUrl}/soeg?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Søg i erfaringer");
    }
  });
});
