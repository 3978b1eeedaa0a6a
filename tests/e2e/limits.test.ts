import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";

// The default limits, as a real member meets them.
const forum = useForum();

describe("flood limits", () => {
  it("asks a member who replies twice within seconds to wait, in Danish, keeping the text", async () => {
    const page = await forum.signedInPage("erfaren@demo.tvaers.dk");
    await page.goto(forum.url("/k/temaer"));
    await page.locator(".thread-list__title a").first().click();
    await page.waitForURL(/\/t\/\d+/);
    const box = page.getByLabel("Dit svar", { exact: true });
    await box.fill("Første svar i en fart.");
    await page.getByRole("button", { name: "Send svar" }).click();
    await page.locator(".post__body", { hasText: "Første svar i en fart." }).waitFor();
    await box.fill("Andet svar lige bagefter.");
    await page.getByRole("button", { name: "Send svar" }).click();
    await page.locator(".form-error").waitFor();
    expect(await page.locator(".form-error").textContent()).toMatch(/^Du har lige skrevet et indlæg\. Vent \d+ sekund/);
    expect(await box.inputValue()).toBe("Andet svar lige bagefter.");
    expect(await page.locator(".post__body", { hasText: "Andet svar lige bagefter." }).count()).toBe(0);
  });
});
