import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors, expectedStatusError } from "./support/server";

// The newcomer and experienced tracks: the newcomer's front page and onboarding path,
// hiding the newcomer track, the mentor queue, moving a thread between tracks and the
// moderators' follow-up page /admin/nye.
const NEWCOMER = "ny@demo.tvaers.dk";
const MENTOR = { email: "mentor@demo.tvaers.dk", name: "Lone Vestergaard" };
const EXPERIENCED = "erfaren@demo.tvaers.dk";
const MODERATOR = { email: "moderator@demo.tvaers.dk", name: "Jens Kjærgaard" };
/** An answered newcomer-track question in Cases (db/seed/data/threads/cases.ts), not by erfaren@. */
const MOVED_TITLE = "Ung skriver i chatten, at forældrene slår – hvornår underretter I?";

const forum = useForum();
const url = forum.url;
/** A fresh browser context for this test, signed in as `email`; closed after the test. */
const pageOf = forum.signedInPage;

/** Newcomer-track badges inside thread lists (not the filter links). */
const newcomerBadges = (page: Page) => page.locator(".thread-list .badge--newcomer");

/** "venter i 5 dage" → 120 hours. */
function waitingHours(text: string): number {
  if (/venter i under en time/.test(text)) return 0;
  const match = /venter i (\d+) (time|timer|dage)\b/.exec(text);
  if (!match) throw new Error(`No waiting time in «${text}»`);
  return Number(match[1]) * (match[2] === "dage" ? 24 : 1);
}

const queueItem = (page: Page, title: string): Locator =>
  page.locator(".queue__item").filter({ has: page.getByRole("link", { name: title, exact: true }) });

describe("newcomer and experienced tracks", () => {
  it("shows a newcomer the onboarding path, the mentor municipality and newcomer questions; ticking a step sticks", async () => {
    const page = await pageOf(NEWCOMER);
    await page.goto(url("/"));
    const start = page.getByRole("region", { name: "Kom godt i gang" });
    await start.getByRole("heading", { level: 2, name: "Kom godt i gang" }).waitFor();
    const progress = start.locator(".onboarding__progress");
    expect(await progress.innerText()).toContain("2 af 6 trin gennemført");
    expect(await start.locator(".onboarding__step--done").count()).toBe(2);

    const pairing = page.getByRole("region", { name: "Jeres mentorkommune" });
    expect(await pairing.innerText()).toContain("Tønder er parret med Skanderborg");
    expect(await pairing.getByRole("link", { name: "Skanderborg" }).getAttribute("href")).toBe("/kommune/skanderborg");

    const questions = page.getByRole("region", { name: "Spørgsmål og svar fra nye" });
    await questions.getByRole("heading", { level: 2 }).waitFor();
    const listed = questions.locator(".thread-list__item");
    expect(await listed.count()).toBeGreaterThan(0);
    expect(await questions.locator(".thread-list .badge--newcomer").count(), "only newcomer-track threads").toBe(
      await listed.count(),
    );

    const third = start.locator(".onboarding__step").nth(2);
    expect(await third.innerText()).toContain("Underretning og den anonyme chat");
    await third.getByRole("button", { name: "Markér som gjort – Underretning og den anonyme chat" }).click();
    await progress.filter({ hasText: "3 af 6 trin gennemført" }).waitFor();
    expect(new URL(page.url()).pathname, "back on the front page").toBe("/");
    expect((await third.locator(".onboarding__done").innerText()).trim()).toBe("Gjort");
    expect(await third.getByRole("button").count(), "a done step has only its separate undo button").toBe(1);
    expect(await third.getByRole("button").innerText()).toMatch(/^Fortryd\b/);

    await page.reload();
    await progress.filter({ hasText: "3 af 6 trin gennemført" }).waitFor();
    expect(await start.locator(".onboarding__step--done").count()).toBe(3);

    await page.goto(url("/kom-godt-i-gang"));
    await page.getByRole("heading", { level: 1, name: "Kom godt i gang" }).waitFor();
    expect(await page.locator(".onboarding__progress").innerText()).toContain("3 af 6 trin gennemført");
    expect(await page.locator(".notice").innerText()).toContain("Jeres mentorkommune er Skanderborg");

    // Undoing is its own, explicit button.
    const step = page.locator(".onboarding__step").nth(2);
    await step
      .getByRole("button", { name: "Fortryd – «Underretning og den anonyme chat» er ikke gjort alligevel" })
      .click();
    await page.locator(".onboarding__progress").filter({ hasText: "2 af 6 trin gennemført" }).waitFor();
    expect(new URL(page.url()).pathname, "back on the onboarding page").toBe("/kom-godt-i-gang");
    expect(await step.getByRole("button").innerText()).toMatch(/^Markér som gjort\b/);
    assertNoConsoleErrors(page);
  });

  it("lets an experienced member hide the newcomer track in lists but still pick it explicitly", async () => {
    const page = await pageOf(EXPERIENCED);
    await page.goto(url("/"));
    await page.getByRole("heading", { level: 2, name: "Erfarne og fælles drøftelser" }).waitFor();
    expect(await page.locator(".thread-list__item").count()).toBeGreaterThan(0);
    expect(await newcomerBadges(page).count(), "the default list leaves the newcomer track out").toBe(0);
    expect(
      await page.getByRole("region", { name: "Kom godt i gang" }).count(),
      "no onboarding path for the experienced",
    ).toBe(0);

    await page.goto(url("/?spor=alle"));
    await page.getByRole("heading", { level: 2, name: "Alle spor" }).waitFor();
    expect(await newcomerBadges(page).count(), "«Alle spor» includes newcomer threads").toBeGreaterThan(0);

    await page.goto(url("/profil"));
    const settings = page.getByRole("region", { name: "Mentor og lister" });
    const hide = settings.getByLabel("Skjul sporet «Ny i netværket» i mine lister");
    expect(await hide.isChecked()).toBe(false);
    await hide.check();
    await settings.getByRole("button", { name: "Gem indstillinger" }).click();
    await settings.getByRole("status").filter({ hasText: "Dine indstillinger er gemt." }).waitFor();
    await page.reload();
    expect(
      await settings.getByLabel("Skjul sporet «Ny i netværket» i mine lister").isChecked(),
      "the choice is saved",
    ).toBe(true);

    await page.goto(url("/?spor=alle"));
    await page.getByRole("heading", { level: 2, name: "Alle spor" }).waitFor();
    expect(await page.locator(".thread-list__item").count()).toBeGreaterThan(0);
    expect(await newcomerBadges(page).count(), "hidden from «Alle spor»").toBe(0);
    await page.locator("p.muted", { hasText: "Du har valgt at skjule sporet for nye i dine lister." }).waitFor();

    await page.goto(url("/k/cases"));
    await page.getByRole("heading", { level: 1, name: "Cases" }).waitFor();
    expect(await page.locator(".thread-list__item").count()).toBeGreaterThan(0);
    expect(await newcomerBadges(page).count(), "hidden from the category page").toBe(0);
    const note = page.locator("p.muted", { hasText: "Sporet «Ny i netværket» er skjult efter dit valg." });
    await note.waitFor();
    expect(await note.getByRole("link", { name: "Vis spørgsmål fra nye" }).getAttribute("href")).toBe("?spor=ny");

    await page.goto(url("/?spor=ny"));
    await page.getByRole("heading", { level: 2, name: "Ny i netværket" }).waitFor();
    const items = await page.locator(".thread-list__item").count();
    expect(items, "the newcomer track can still be chosen").toBeGreaterThan(0);
    expect(await newcomerBadges(page).count()).toBe(items);
    expect(
      await page.locator("p.muted", { hasText: "Du har valgt at skjule sporet" }).count(),
      "no hiding note on the chosen track",
    ).toBe(0);
    assertNoConsoleErrors(page);
  });

  it("lets a mentor claim a question in the queue, shows the claim to others, and drops the question once answered", async () => {
    const mentor = await pageOf(MENTOR.email);
    await mentor.goto(url("/mentorkoe"));
    await mentor.getByRole("heading", { level: 1, name: "Mentorkø" }).waitFor();
    const items = mentor.locator(".queue__item");
    const count = await items.count();
    expect(count, "the demo queue has unanswered newcomer questions").toBeGreaterThan(1);

    const rows: { title: string; paired: boolean; hours: number; meta: string }[] = [];
    for (let i = 0; i < count; i += 1) {
      const item = items.nth(i);
      const meta = await item.locator(".thread-list__meta").innerText();
      rows.push({
        title: await item.locator(".thread-list__title a").innerText(),
        paired: meta.includes("Jeres mentorkommune"),
        hours: waitingHours(meta),
        meta,
      });
      expect(await item.getByRole("button", { name: "Jeg svarer" }).count(), `«Jeg svarer» on ${rows[i]!.title}`).toBe(
        1,
      );
    }
    expect(rows[0]!.paired, "questions from the paired municipality come first").toBe(true);
    const firstUnpaired = rows.findIndex((row) => !row.paired);
    expect(firstUnpaired, "there are also questions from other municipalities").toBeGreaterThan(0);
    expect(
      rows.slice(firstUnpaired).every((row) => !row.paired),
      "paired questions before all others",
    ).toBe(true);
    for (const row of rows.filter((r) => r.paired)) expect(row.meta).toContain("Tønder");
    for (const group of [rows.slice(0, firstUnpaired), rows.slice(firstUnpaired)]) {
      const hours = group.map((row) => row.hours);
      expect(hours, "oldest first").toEqual([...hours].sort((a, b) => b - a));
    }

    const title = rows[0]!.title;
    const claimed = queueItem(mentor, title);
    await claimed.getByRole("button", { name: "Jeg svarer" }).click();
    await claimed.getByRole("button", { name: "Giv det fra dig" }).waitFor();
    expect(await claimed.locator(".queue__claimed").innerText()).toBe("Du har taget spørgsmålet");
    expect(
      await items.getByRole("button", { name: "Giv det fra dig" }).count(),
      "only the clicked question is claimed",
    ).toBe(1);

    const moderator = await pageOf(MODERATOR.email);
    await moderator.goto(url("/mentorkoe"));
    await moderator.getByRole("heading", { level: 1, name: "Mentorkø" }).waitFor();
    const seenByModerator = queueItem(moderator, title);
    expect(await seenByModerator.locator(".queue__claim").innerText()).toBe(`${MENTOR.name} svarer`);
    expect(await seenByModerator.getByRole("button").count(), "no claim button on a question someone else took").toBe(
      0,
    );
    assertNoConsoleErrors(moderator);

    await claimed.getByRole("link", { name: title, exact: true }).click();
    await mentor.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await mentor.locator(".thread__header .notice").innerText()).toBe(
      "Du har sagt, at du svarer på spørgsmålet.",
    );
    const answer = `Godt spørgsmål! Hos os i Skanderborg gør vi sådan her (${Date.now().toString(36)}).`;
    await mentor.getByLabel("Dit svar", { exact: true }).fill(answer);
    await mentor.getByRole("button", { name: "Send svar" }).click();
    await mentor.waitForURL((current) => /^#indlaeg-\d+$/.test(current.hash));
    const post = mentor.locator("article.post").filter({ hasText: answer });
    await post.waitFor();
    expect(await post.locator(".post__name").innerText()).toBe(MENTOR.name);

    await mentor.goto(url("/mentorkoe"));
    await mentor.getByRole("heading", { level: 1, name: "Mentorkø" }).waitFor();
    expect(await items.count(), "one question fewer").toBe(count - 1);
    expect(await queueItem(mentor, title).count(), "the answered question has left the queue").toBe(0);
    await moderator.reload();
    await moderator.getByRole("heading", { level: 1, name: "Mentorkø" }).waitFor();
    expect(await queueItem(moderator, title).count()).toBe(0);
    assertNoConsoleErrors(mentor);
  });

  it("lets a moderator move a newcomer question to «Fælles»; a member who is not the author cannot", async () => {
    const moderator = await pageOf(MODERATOR.email);
    await moderator.goto(url("/k/cases?spor=ny"));
    await moderator.getByRole("link", { name: MOVED_TITLE, exact: true }).click();
    await moderator.getByRole("heading", { level: 1, name: MOVED_TITLE }).waitFor();
    const threadPath = new URL(moderator.url()).pathname;
    expect(await moderator.locator(".thread__meta .badge--track").innerText()).toBe("Ny i netværket");
    expect(await moderator.locator(".track-controls p.muted").count(), "not moved before").toBe(0);

    await moderator.getByLabel("Spor", { exact: true }).selectOption({ label: "Fælles" });
    await moderator.getByRole("button", { name: "Flyt tråden" }).click();
    await moderator.locator(".thread__meta .badge--shared").waitFor();
    expect(await moderator.locator(".thread__meta .badge--track").innerText()).toBe("Fælles");
    expect(new URL(moderator.url()).pathname).toBe(threadPath);
    const moved = moderator.locator(".track-controls p.muted");
    expect(await moved.innerText()).toMatch(
      new RegExp(`^Flyttet fra «Ny i netværket» til «Fælles» af ${MODERATOR.name} den .+\\.$`),
    );

    await moderator.goto(url("/?spor=faelles"));
    await moderator.getByRole("heading", { level: 2, name: "Fælles" }).waitFor();
    const listed = moderator
      .locator(".thread-list__item")
      .filter({ has: moderator.getByRole("link", { name: MOVED_TITLE, exact: true }) });
    expect(await listed.locator(".badge--track").innerText(), "listed under the new track").toBe("Fælles");
    assertNoConsoleErrors(moderator);

    const member = await pageOf(EXPERIENCED);
    await member.goto(url(threadPath));
    await member.getByRole("heading", { level: 1, name: MOVED_TITLE }).waitFor();
    expect(await member.locator(".thread__meta .badge--track").innerText()).toBe("Fælles");
    expect(await member.locator(".track-controls p.muted").innerText()).toContain(`til «Fælles» af ${MODERATOR.name}`);
    expect(await member.getByRole("button", { name: "Flyt tråden" }).count(), "no move button for a plain member").toBe(
      0,
    );
    expect(await member.getByLabel("Spor", { exact: true }).count()).toBe(0);
    assertNoConsoleErrors(member);
  });

  it("shows moderators the charts and monthly table on /admin/nye and refuses a plain member with 403", async () => {
    const moderator = await pageOf(MODERATOR.email);
    const response = await moderator.goto(url("/admin/nye"));
    expect(response?.status()).toBe(200);
    await moderator.getByRole("heading", { level: 1, name: "Nye i netværket" }).waitFor();
    const charts = moderator.locator("figure svg[role=img]");
    expect(await charts.count()).toBe(3);
    for (const name of [
      "Median tid til første svar",
      "Andel besvaret inden for 48 timer",
      "Stadig ubesvarede spørgsmål",
    ]) {
      const chart = moderator.getByRole("img", { name });
      expect(await chart.count(), `chart «${name}»`).toBe(1);
      expect(await chart.locator("rect").count(), "one bar per month").toBe(6);
    }
    const table = moderator.getByRole("table", { name: "Svartider pr. måned" });
    expect(await table.locator("thead th").allInnerTexts()).toEqual([
      "Måned",
      "Spørgsmål fra nye",
      "Median tid til første svar",
      "Besvaret inden for 48 timer",
      "Stadig ubesvarede",
    ]);
    const months = await table.locator("tbody th[scope=row]").allInnerTexts();
    expect(months).toHaveLength(6);
    for (const month of months) expect(month).toMatch(/^[a-zæøå]+ \d{4}$/);
    const MONTHS = [
      "januar",
      "februar",
      "marts",
      "april",
      "maj",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "december",
    ];
    const monthKey = (text: string) => {
      const [name = "", year = ""] = text.split(" ");
      return `${year}-${String(MONTHS.indexOf(name) + 1).padStart(2, "0")}`;
    };
    expect(months.map(monthKey), "months in order").toEqual(months.map(monthKey).sort());
    const questions = (await table.locator("tbody tr td:nth-of-type(1)").allInnerTexts()).map(Number);
    expect(
      questions.reduce((sum, n) => sum + n, 0),
      "the demo data has newcomer questions",
    ).toBeGreaterThan(0);
    assertNoConsoleErrors(moderator);

    const member = await pageOf(EXPERIENCED);
    const refused = await member.goto(url("/admin/nye"));
    expect(refused?.status()).toBe(403);
    expect(await member.locator("figure svg[role=img]").count()).toBe(0);
    expect(await member.locator("body").innerText()).toContain("Denne side er kun for moderatorer.");
    assertNoConsoleErrors(member, [expectedStatusError(403)]);
  });
});
