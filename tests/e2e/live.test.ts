import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";

// The thread page's live parts in a real browser against the real server:
// «N nye svar – vis» over Server-Sent Events, and the @-handle autocomplete.
const READER = { email: "erfaren@demo.tvaers.dk" };
const MENTOR = { email: "mentor@demo.tvaers.dk", handle: "lonevestergaard" };
const WRITER = { email: "ny@demo.tvaers.dk", name: "Sofie Lund" };
/** Mentions in a test of its own: not the writer above (a reply a moment earlier would meet the flood limit) nor the reader (who left a draft). */
const MENTIONER = { email: "admin@demo.tvaers.dk", name: "Birgitte Holm" };
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
    // The post, not the text still in the reply box.
    await writer.locator("article.post", { hasText: text }).waitFor();
    expect(await writer.getByLabel("Dit svar", { exact: true }).inputValue()).toBe("");
    // The writer's own tab is not told about the writer's own reply.
    expect(await writer.getByRole("button", { name: /nyt? svar – vis/ }).count()).toBe(0);

    const show = reader.getByRole("button", { name: "1 nyt svar – vis" });
    await show.waitFor({ timeout: 15_000 });
    expect(await reader.locator("article.post", { hasText: text }).count()).toBe(0);
    await show.click();
    await reader.locator("article.post", { hasText: text }).waitFor();
    expect(await reader.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await show.count()).toBe(0);
    expect(await reader.getByLabel("Dit svar", { exact: true }).inputValue()).toBe(typing);
  });
});

describe("the @-handle autocomplete", () => {
  it("offers members as «@lo» is typed, picks one with the keyboard, and the mention notifies them", async () => {
    const writer = await forum.signedInPage(MENTIONER.email);
    await openThread(writer, THREAD);
    const box = writer.getByLabel("Dit svar", { exact: true });
    await box.click();
    await writer.keyboard.type("Hvad siger @lo");
    const list = writer.getByRole("listbox", { name: "Medlemmer at nævne" });
    await list.waitFor();
    const options = await list.getByRole("option").allInnerTexts();
    const index = options.findIndex((text) => text.startsWith(`@${MENTOR.handle} `));
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < index; i += 1) await writer.keyboard.press("ArrowDown");
    const active = list.getByRole("option", { selected: true });
    expect(await active.innerText()).toMatch(new RegExp(`^@${MENTOR.handle} `));
    expect(await box.getAttribute("aria-activedescendant")).toBe(await active.getAttribute("id"));
    await writer.keyboard.press("Enter");
    await writer.keyboard.type("om det?");
    expect(await box.inputValue()).toBe(`Hvad siger @${MENTOR.handle} om det?`);
    expect(await list.count()).toBe(0);
    await writer.getByRole("button", { name: "Send svar" }).click();
    // The post itself, not the reply box that keeps the text when a post is refused.
    await writer.locator("article.post", { hasText: `Hvad siger @${MENTOR.handle} om det?` }).waitFor();

    const mentor = await forum.signedInPage(MENTOR.email);
    const notice = mentor.getByRole("link", { name: `${MENTIONER.name} nævnte dig i «${THREAD}»` });
    // The worker fans out in the background: reload until it has, without sleeping a fixed time.
    const deadline = Date.now() + 15_000;
    do await mentor.goto(url("/notifikationer"));
    while ((await notice.count()) === 0 && Date.now() < deadline);
    expect(await notice.count()).toBe(1);
  });
});

describe("icons", () => {
  it("draws the bell and the check marks as inline SVG, with no emoji that needs an emoji font", async () => {
    const page = await forum.signedInPage(READER.email);
    await page.goto(url("/"));
    const bell = page.getByTestId("bell");
    expect(await bell.getAttribute("aria-label")).toMatch(/^Notifikationer/);
    expect(await bell.locator('svg[aria-hidden="true"]').count()).toBe(1);
    const emoji = /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u;
    expect(await page.locator("body").innerText()).not.toMatch(emoji);
    await openThread(page, THREAD);
    expect(await page.locator("body").innerText()).not.toMatch(emoji);
  });
});
