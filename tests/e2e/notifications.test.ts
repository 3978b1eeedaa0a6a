import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { signIn, trackConsoleErrors } from "./support/server";

// The bell, /notifikationer, watch levels and unread markers, in a real browser against the real server.
const NEWCOMER = { email: "ny@demo.tvaers.dk", name: "Sofie Lund" };
const MENTOR = { email: "mentor@demo.tvaers.dk", name: "Lone Vestergaard", handle: "lonevestergaard" };
const EXPERIENCED = { email: "erfaren@demo.tvaers.dk", name: "Mikkel Brandt" };
/** Demo threads (db/seed/data/threads/metoder.ts), open for replies. */
const MENTION_THREAD = "Skaleringsspørgsmål på skrift – en hjælp eller for skematisk?";
const UNREAD_THREAD = "Henvisning uden afvisning: hvordan sender I en ung videre til andre tilbud?";
const MUTE_THREAD = "Overlevering mellem chatvagter: vores skabelon (version 3) til inspiration";

const forum = useForum();
const url = forum.url;

/** A page with JavaScript off: the bell, the list and the links must work as plain HTML. */
async function pageWithoutScript(email: string): Promise<Page> {
  const context = await forum.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  trackConsoleErrors(page);
  await signIn(page, forum.server.baseUrl, email);
  return page;
}

const bellCount = async (page: Page) =>
  Number((await page.getByTestId("bell").getAttribute("aria-label"))?.match(/(\d+) ulæste/)?.[1] ?? 0);

async function openThread(page: Page, title: string) {
  await page.goto(url(`/soeg?q=${encodeURIComponent(title)}`));
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

async function reply(page: Page, title: string, text: string) {
  await openThread(page, title);
  await page.getByLabel("Dit svar", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send svar" }).click();
  await page.getByText(text).first().waitFor();
}

/** Reloads until the bell shows more than `before`: the worker fans out in the background, and the test waits for it without sleeping a fixed time. */
async function waitForBellAbove(page: Page, before: number): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    await page.goto(url("/notifikationer"));
    const count = await bellCount(page);
    if (count > before || Date.now() > deadline) return count;
  }
}

describe("notifications", () => {
  it("a plain @handle notifies the member; the bell and the list work without JavaScript and following marks read", async () => {
    const mentor = await pageWithoutScript(MENTOR.email);
    await mentor.goto(url("/notifikationer"));
    const before = await bellCount(mentor);

    const newcomer = await forum.signedInPage(NEWCOMER.email);
    await reply(newcomer, MENTION_THREAD, `Hvad tænker @${MENTOR.handle} og @findesikke om det?`);

    expect(await waitForBellAbove(mentor, before)).toBe(before + 1);
    const item = mentor.getByRole("link", { name: `${NEWCOMER.name} nævnte dig i «${MENTION_THREAD}»` });
    expect(await item.innerText()).toContain("ulæst");
    await item.click();
    await mentor.getByRole("heading", { level: 1, name: MENTION_THREAD }).waitFor();
    expect(new URL(mentor.url()).hash).toMatch(/^#indlaeg-\d+$/);
    expect(await bellCount(mentor)).toBe(before);

    await mentor.goto(url("/notifikationer"));
    await mentor.getByRole("button", { name: "Markér alle som læst" }).click();
    await mentor.getByText("Alle notifikationer er markeret som læst.").waitFor();
    expect(await bellCount(mentor)).toBe(0);
    await mentor.context().close();
  });

  it("a watch level is shown and changed on the thread page; Lydløs keeps the thread off my front page", async () => {
    const page = await forum.signedInPage(EXPERIENCED.email);
    await openThread(page, MUTE_THREAD);
    const level = page.getByLabel("Notifikationer for tråden:");
    await level.selectOption({ label: "Lydløs" });
    // The watch form's own button: each post has a «Gem» (bookmark) button too.
    await page.locator("form").filter({ has: level }).getByRole("button", { name: "Gem" }).click();
    await page.getByText("Du får ingen beskeder, og trådene vises ikke i dine lister.").waitFor();
    expect(await page.getByLabel("Notifikationer for tråden:").inputValue()).toBe("0");

    await page.goto(url("/?spor=alle"));
    await page.locator(".thread-list").first().waitFor();
    expect(await page.getByRole("link", { name: MUTE_THREAD, exact: true }).count()).toBe(0);
  });

  it("a reply after my visit shows as unread in lists and the thread opens at the Nye indlæg line", async () => {
    const reader = await forum.signedInPage(EXPERIENCED.email);
    await openThread(reader, UNREAD_THREAD);

    const writer = await forum.signedInPage(NEWCOMER.email);
    const text = "Vi har en fast liste over tilbud, vi altid nævner.";
    await reply(writer, UNREAD_THREAD, text);

    await reader.goto(url("/?vis=ulaeste"));
    const item = reader
      .locator(".thread-list__item")
      .filter({ has: reader.getByRole("link", { name: UNREAD_THREAD, exact: true }) });
    expect(await item.locator(".thread-list__unread").innerText()).toContain("1 ulæst");
    await item.getByRole("link", { name: UNREAD_THREAD, exact: true }).click();
    const divider = reader.locator("#nye");
    await divider.waitFor();
    expect(await divider.innerText()).toBe("Nye indlæg siden dit sidste besøg");
    // The line sits right above the new reply.
    expect(await reader.locator("#nye + li").innerText()).toContain(text);

    await reader.goto(url("/?vis=ulaeste"));
    await reader.locator(".view-switch").waitFor();
    expect(await reader.getByRole("link", { name: UNREAD_THREAD, exact: true }).count()).toBe(0);
  });
});
