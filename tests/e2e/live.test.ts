import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";

// The thread page's live parts in a real browser against the real server:
// «N nye svar – vis» over Server-Sent Events, and the @-handle autocomplete.
const READER = { email: "erfaren@demo.tvaers.dk" };
const WRITER = { email: "ny@demo.tvaers.dk", name: "Sofie Lund" };
/** A demo thread (db/seed/data/threads/metoder.ts), open for replies, on one page. */
const THREAD = "Skaleringsspørgsmål på skrift – en hjælp eller for skematisk?";

const forum = useForum();
const url = forum.url;

async function openThread(page: Page, title: string) {
  await page.goto(url(`/soeg?q=${encodeURIComponent(title)}`));
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

describe("live replies on an open thread page", () => {
  it("shows «1 nyt svar – vis» when another member replies, and the reply in place when clicked", async () => {
    const reader = await forum.signedInPage(READER.email);
    await openThread(reader, THREAD);
    // Survives revalidation, not a full page load.
    await reader.evaluate(() => Object.assign(window, { sameDocument: true }));
    const typing = "Halvskrevet svar, som ikke må gå tabt";
    await reader.getByLabel("Dit svar", { exact: true }).fill(typing);

    const writer = await forum.signedInPage(WRITER.email);
    await openThread(writer, THREAD);
    const text = "Vi bruger skalaen som samtaleåbner, ikke som måling.";
    await writer.getByLabel("Dit svar", { exact: true }).fill(text);
    await writer.getByRole("button", { name: "Send svar" }).click();
    await writer.getByText(text).first().waitFor();
    // The writer's own tab is not told about the writer's own reply.
    expect(await writer.getByRole("button", { name: /nyt? svar – vis/ }).count()).toBe(0);

    const show = reader.getByRole("button", { name: "1 nyt svar – vis" });
    await show.waitFor({ timeout: 15_000 });
    expect(await reader.getByText(text).count()).toBe(0);
    await show.click();
    await reader.getByText(text).first().waitFor();
    expect(await reader.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await show.count()).toBe(0);
    expect(await reader.getByLabel("Dit svar", { exact: true }).inputValue()).toBe(typing);
  });
});
