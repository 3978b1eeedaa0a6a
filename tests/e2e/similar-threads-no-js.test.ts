import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";

const withoutScript = useForum({ context: { javaScriptEnabled: false } });

describe("similar threads in Chromium without JavaScript", () => {
  it("come with the preview of a new thread", async () => {
    const page = await withoutScript.signedInPage("ny@demo.tvaers.dk");
    await page.goto(withoutScript.url("/ny"));
    await page.getByLabel("Titel").fill("Skolevægring hos en elev");
    await page.getByRole("button", { name: "Forhåndsvis" }).click();
    const box = page.getByTestId("similar-threads");
    await box.waitFor();
    expect((await box.getByRole("link").allInnerTexts()).join(" | ")).toMatch(/skolevægring/i);
    // What was typed is kept.
    expect(await page.getByLabel("Titel").inputValue()).toBe("Skolevægring hos en elev");
  });
});
