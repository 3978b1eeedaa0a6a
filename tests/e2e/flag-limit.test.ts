import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { limitCopy } from "../../app/copy/permissions-and-limits";
import { MAX_OPEN_HIDING_FLAGS } from "../../app/models/flag-limits";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

// One member's personal-data flags hide at most three posts at once; the fourth reaches the moderators without hiding, and the member is told so.
const FLAGGER = "erfaren@demo.tvaers.dk";

const forum = useForum();

/** A demo thread with at least four replies written by others than the flagger. */
function pickReplies(): { path: string; postIds: number[] } {
  const db = new Database(forum.server.databasePath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `select p.id as postId, t.id as threadId, t.slug as slug
           from post p join thread t on t.id = p.thread_id join member m on m.id = p.author_id
          where p.deleted_at is null and p.id > (select min(id) from post where thread_id = t.id) and m.email != ?
            and t.id = (select p2.thread_id from post p2 join member m2 on m2.id = p2.author_id
                         where p2.deleted_at is null and m2.email != ? and p2.id > (select min(id) from post where thread_id = p2.thread_id)
                         group by p2.thread_id having count(*) >= 4 order by p2.thread_id limit 1)
          order by p.id limit 4`,
      )
      .all(FLAGGER, FLAGGER) as { postId: number; threadId: number; slug: string }[];
    const first = rows[0];
    if (!first || rows.length < 4) throw new Error("The demo network has no thread with four replies by others");
    return { path: `/t/${first.threadId}-${first.slug}`, postIds: rows.map((row) => row.postId) };
  } finally {
    db.close();
  }
}

describe("a cap on hiding by personal-data flags", () => {
  it("hides the first three flagged posts and tells the flagger in Danish why the fourth stays visible", async () => {
    const { path, postIds } = pickReplies();
    const flagger = await forum.signedInPage(FLAGGER);
    for (const [i, postId] of postIds.entries()) {
      await flagger.goto(forum.url(path));
      const post = flagger.locator(`#indlaeg-${postId}`);
      await post.getByText("Anmeld", { exact: true }).click();
      await post.getByLabel(/Personoplysninger/).check();
      await post.getByRole("button", { name: "Send anmeldelse" }).click();
      if (i < MAX_OPEN_HIDING_FLAGS) {
        await flagger
          .locator(`#indlaeg-${postId}`)
          .getByText("Indlægget er skjult, mens en moderator ser på det.")
          .waitFor();
      } else {
        await flagger
          .locator(`#indlaeg-${postId}`)
          .getByText(limitCopy.flagQueuedWithoutHiding(MAX_OPEN_HIDING_FLAGS))
          .waitFor();
        expect(await flagger.locator(`#indlaeg-${postId}`).getByText("Indlægget er skjult").count()).toBe(0);
      }
    }
    assertNoConsoleErrors(flagger);

    const db = new Database(forum.server.databasePath, { readonly: true });
    try {
      expect(
        db.prepare("select post_id, hides_post from post_flag where resolved_at is null order by id").all(),
      ).toEqual(postIds.map((postId, i) => ({ post_id: postId, hides_post: i < 3 ? 1 : 0 })));
    } finally {
      db.close();
    }
  });
});
