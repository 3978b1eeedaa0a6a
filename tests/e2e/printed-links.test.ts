import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { queryRows } from "./support/everyday";

// The meeting agenda printed on paper: each item's thread link is followed by
// its full address, since a relative path cannot be followed from a printout.
const MODERATOR = "moderator@demo.tvaers.dk";
/** Upcoming in the demo network (db/seed/meetings.ts), with an accepted item from this thread. */
const UPCOMING = "Netværksmøde i Tønder";
const PLANNED_ITEM_THREAD = "Ensom dreng på 17 vil kun tale med os online – hvordan kommer vi videre?";

const forum = useForum();

describe("the printed agenda", () => {
  it("prints each thread link with its absolute address", async () => {
    const [meeting] = queryRows<{ id: number }>(
      forum.server.databasePath,
      "select id from meeting where title = ?",
      UPCOMING,
    );
    const [thread] = queryRows<{ id: number; slug: string }>(
      forum.server.databasePath,
      "select id, slug from thread where title = ?",
      PLANNED_ITEM_THREAD,
    );
    const page = await forum.signedInPage(MODERATOR);
    await page.goto(forum.url(`/moeder/${meeting?.id}`));
    await page.emulateMedia({ media: "print" });
    const links = page.locator(".agenda__item h3 a");
    expect(await links.count()).toBeGreaterThan(0);
    const printed = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => getComputedStyle(anchor, "::after").content),
    );
    for (const text of printed) expect(text).toMatch(/^" \(http:\/\/127\.0\.0\.1:\d+\/t\/\d+-[a-z0-9-]+\)"$/);
    expect(printed).toContain(`" (${forum.server.baseUrl}/t/${thread?.id}-${thread?.slug})"`);
    // On screen the link stays a plain link, without the address after it.
    await page.emulateMedia({ media: "screen" });
    expect(await links.first().evaluate((anchor) => getComputedStyle(anchor, "::after").content)).toBe("none");
  });
});
