import fs from "node:fs";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

// A moderator removes a child's name from a reply for good: gone from the thread and from search.
// Then the member's own data export as a JSON download.
const AUTHOR = "erfaren@demo.tvaers.dk";
const FLAGGER = "mentor@demo.tvaers.dk";
const MODERATOR = "moderator@demo.tvaers.dk";

const NAME = "Zacharias Uldbjerg";
const REPLY = `Eleven hedder ${NAME} og bor hos sin moster i weekenderne. Har I erfaring med netværksmøder i sådan en sag?`;
const REDACTED = "[fjernet af moderator]";

const forum = useForum({ env: { POSTING_MIN_INTERVAL_SECONDS: "0" }, context: { acceptDownloads: true } });
let replyId = 0;
const url = forum.url;
/** One signed-in browser context per member, reused across the tests of this file. */
const pageOf = forum.memberPage;

function query<T>(sqlText: string, ...params: unknown[]): T | undefined {
  const db = new Database(forum.server.databasePath, { readonly: true });
  try {
    return db.prepare(sqlText).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/** The oldest shared-track thread of the demo network that is open for replies. */
function pickThread(): { id: number; path: string } {
  const row = query<{ id: number; slug: string }>(
    "select id, slug from thread where track = 'shared' and locked = 0 order by id limit 1",
  );
  if (!row) throw new Error("The demo network has no open shared-track thread");
  return { id: row.id, path: `/t/${row.id}-${row.slug}` };
}

/** The heading and the thread links of /soeg?q=… */
async function searchAs(page: Page, q: string): Promise<{ heading: string; links: string[] }> {
  await page.goto(url(`/soeg?q=${encodeURIComponent(q)}`));
  const heading = await page.locator("#results-heading").innerText();
  const links = await page
    .locator("ol.search-results > li h3 a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return { heading, links };
}

describe("moderation", () => {
  it("redacts a name from a flagged reply: the thread shows «[fjernet af moderator]» and search finds nothing", async () => {
    const thread = pickThread();
    const author = await pageOf(AUTHOR);
    await author.goto(url(thread.path));
    await author.getByLabel("Dit svar", { exact: true }).fill(REPLY);
    await author.getByRole("button", { name: "Send svar" }).click();
    await author.waitForURL((current) => /^#indlaeg-\d+$/.test(current.hash));
    replyId = Number(new URL(author.url()).hash.slice("#indlaeg-".length));
    await author.locator(`#indlaeg-${replyId}`).getByText(NAME).waitFor();

    const before = await searchAs(author, "Uldbjerg");
    expect(
      before.links.some((href) => href.startsWith(`/t/${thread.id}-`)),
      `search finds the thread (${before.heading})`,
    ).toBe(true);
    assertNoConsoleErrors(author);

    const flagger = await pageOf(FLAGGER);
    await flagger.goto(url(thread.path));
    const post = flagger.locator(`#indlaeg-${replyId}`);
    await post.getByText("Anmeld", { exact: true }).click();
    await post.getByLabel(/Personoplysninger/).check();
    await post.getByRole("button", { name: "Send anmeldelse" }).click();
    await flagger
      .locator(`#indlaeg-${replyId}`)
      .getByText("Indlægget er skjult, mens en moderator ser på det.")
      .waitFor();
    assertNoConsoleErrors(flagger);

    const moderator = await pageOf(MODERATOR);
    await moderator.goto(url("/admin/flag"));
    // The queue shows the flagged post as members would read it.
    const item = moderator.locator(".flag-queue__item").filter({ hasText: NAME });
    await item.getByText("Personoplysninger", { exact: true }).waitFor();
    await item.getByText("Fjern tekst for altid").click();
    await item.getByLabel("Den præcise tekst, der skal fjernes").fill(NAME);
    await item.getByRole("button", { name: "Fjern teksten" }).click();
    await moderator
      .getByRole("status")
      .filter({ hasText: "Teksten er fjernet fra indlægget, dets historik og søgningen." })
      .waitFor();
    expect(await moderator.locator(".flag-queue__item", { hasText: "Zacharias" }).count(), "the flag is closed").toBe(
      0,
    );
    assertNoConsoleErrors(moderator);

    for (const page of [author, flagger]) {
      await page.goto(url(thread.path));
      const body = page.locator(`#indlaeg-${replyId} .post__body`);
      await body.getByText(REDACTED, { exact: false }).waitFor();
      expect(await body.innerText()).toContain(`Eleven hedder ${REDACTED} og bor hos sin moster`);
      expect(await page.locator("main").innerText()).not.toMatch(/Uldbjerg|Zacharias/i);
      for (const q of ["Uldbjerg", "Zacharias"]) {
        const after = await searchAs(page, q);
        expect(after.heading, `/soeg?q=${q}`).toBe("Ingen resultater");
        expect(after.links).toEqual([]);
      }
      // Neither a prefix search nor the «Mente du …?» suggestion for a misspelling brings the name back.
      expect((await searchAs(page, "Uldbj*")).heading).toBe("Ingen resultater");
      await searchAs(page, "Uldbjærg");
      expect(await page.locator(".search-page").innerText()).not.toMatch(/Mente du|Uldbjerg/i);
      assertNoConsoleErrors(page);
    }

    const stored = query<{ body_source: string }>("select body_source from post where id = ?", replyId);
    expect(stored?.body_source).toBe(REPLY.replace(NAME, REDACTED));
  });

  it("lets a member download their own data as JSON from /profil, without the password hash", async () => {
    const page = await pageOf(AUTHOR);
    await page.goto(url("/profil"));
    await page.getByRole("heading", { name: "Dine data" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Hent mine data (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tvaers-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const text = fs.readFileSync(file, "utf8");
    const data = JSON.parse(text) as { profile: { email: string }; posts: { id: number; body_source: string }[] };
    expect(data.profile.email).toBe(AUTHOR);
    expect(Array.isArray(data.posts)).toBe(true);
    expect(replyId, "the reply from the first test exists").toBeGreaterThan(0);
    const reply = data.posts.find((p) => p.id === replyId);
    expect(reply?.body_source).toContain(`Eleven hedder ${REDACTED}`);

    const hash = query<{ password_hash: string | null }>(
      "select password_hash from member where email = ?",
      AUTHOR,
    )?.password_hash;
    expect(hash, "the member has a password hash to leak").toBeTruthy();
    expect(text).not.toContain(hash!);
    expect(text).not.toMatch(/password|\$argon2/i);
    expect(text, "the redacted name does not come back through the export").not.toMatch(/Uldbjerg|Zacharias/i);
    assertNoConsoleErrors(page);
  });
});
