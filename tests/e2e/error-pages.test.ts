import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError, signIn } from "./support/server";

// Error pages below the root: the route's own Danish message, a title, and the site around them.
const forum = useForum();
const url = forum.url;

async function h1(page: Page): Promise<string> {
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

describe("error pages", () => {
  it("names what was not found on a page with a URL parameter, with a title and the site's menu", async () => {
    const page = await forum.freshPage();
    await signIn(page, forum.server.baseUrl, "erfaren@demo.tvaers.dk");
    for (const [path, message] of [
      ["/medlem/999999", "Medlemmet findes ikke"],
      ["/t/999999-ingen-traad", "Tråden findes ikke"],
      ["/tag/ingen-saadan", "Tagget findes ikke"],
      ["/indlaeg/999999/historik", "Indlægget findes ikke"],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response?.status(), path).toBe(404);
      expect(await h1(page), path).toBe(message);
      expect(await page.title(), path).toBe(`${message} – Tværs`);
      await page.getByRole("navigation", { name: "Hovedmenu" }).waitFor();
      await page.getByRole("link", { name: "Gå til forsiden" }).waitFor();
    }
    assertNoConsoleErrors(page, [expectedStatusError(404)]);
  });

  it("tells a moderator in Danish that an admin page is for administrators, with a title", async () => {
    const page = await forum.freshPage();
    await signIn(page, forum.server.baseUrl, "moderator@demo.tvaers.dk");
    const response = await page.goto(url("/admin/log"));
    expect(response?.status()).toBe(403);
    expect(await h1(page)).toBe("Ingen adgang");
    expect(await page.getByText("Denne side er kun for administratorer.").count()).toBe(1);
    expect(await page.title()).toBe("Ingen adgang – Tværs");
    assertNoConsoleErrors(page, [expectedStatusError(403)]);
  });
});
