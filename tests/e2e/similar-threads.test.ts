import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

const withScript = useForum();

describe("similar threads in Chromium", () => {
  it("appear under the title while a member types a new thread's title, and on the thread page", async () => {
    const page = await withScript.signedInPage("ny@demo.tvaers.dk");
    await page.goto(withScript.url("/ny"));
    await page.getByLabel("Titel").pressSequentially("Skolevægring hos en elev", { delay: 20 });
    const box = page.getByTestId("similar-threads");
    await box.waitFor();
    const titles = await box.getByRole("link").allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(5);
    expect(titles.join(" | ")).toMatch(/skolevægring/i);

    await box.getByRole("link").first().click();
    await page.getByRole("heading", { name: "Lignende tråde" }).waitFor();
    expect(await page.getByTestId("similar-threads").getByRole("link").count()).toBeGreaterThan(0);
    assertNoConsoleErrors(page);
  });
});
