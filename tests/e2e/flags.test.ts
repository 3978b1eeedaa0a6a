import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { assertNoConsoleErrors } from "./support/server";

// Flagging a post for personal data: hidden for other members at once, then hidden for good by a moderator from /admin/flag.
const FLAGGER = "erfaren@demo.tvaers.dk";
const READER = "mentor@demo.tvaers.dk";
const MODERATOR = "moderator@demo.tvaers.dk";

const forum = useForum();
const pageOf = forum.signedInPage;

/** A reply in a shared-track thread of the demo network written by none of the three members above. */
function pickPost(): { postId: number; path: string; title: string } {
  const db = new Database(forum.server.databasePath, { readonly: true });
  try {
    const row = db
      .prepare(
        `select p.id as postId, t.id as threadId, t.slug as slug, t.title as title
           from post p join thread t on t.id = p.thread_id join member m on m.id = p.author_id
          where t.track = 'shared' and p.deleted_at is null and p.id > (select min(id) from post where thread_id = t.id)
            and m.email not in (?, ?, ?)
          order by p.id limit 1`,
      )
      .get(FLAGGER, READER, MODERATOR) as { postId: number; threadId: number; slug: string; title: string } | undefined;
    if (!row) throw new Error("The demo network has no suitable post");
    return { postId: row.postId, path: `/t/${row.threadId}-${row.slug}`, title: row.title };
  } finally {
    db.close();
  }
}

describe("flags", () => {
  it("hides a post flagged for personal data from other members until a moderator hides it", async () => {
    const target = pickPost();
    const flagger = await pageOf(FLAGGER);
    await flagger.goto(`${forum.server.baseUrl}${target.path}`);
    const post = flagger.locator(`#indlaeg-${target.postId}`);
    await post.getByText("Anmeld", { exact: true }).click();
    await post.getByLabel(/Personoplysninger/).check();
    await post.getByRole("button", { name: "Send anmeldelse" }).click();
    await flagger
      .locator(`#indlaeg-${target.postId}`)
      .getByText("Indlægget er skjult, mens en moderator ser på det.")
      .waitFor();
    await flagger.locator(`#indlaeg-${target.postId}`).getByText("Tak. En moderator ser på din anmeldelse.").waitFor();
    assertNoConsoleErrors(flagger);

    const reader = await pageOf(READER);
    await reader.goto(`${forum.server.baseUrl}${target.path}`);
    await reader
      .locator(`#indlaeg-${target.postId}`)
      .getByText("Indlægget er skjult, mens en moderator ser på det.")
      .waitFor();

    const moderator = await pageOf(MODERATOR);
    await moderator.goto(`${forum.server.baseUrl}${target.path}`);
    await moderator
      .locator(`#indlaeg-${target.postId}`)
      .getByText("Skjult for medlemmer: anmeldt for personoplysninger.")
      .waitFor();
    await moderator.goto(`${forum.server.baseUrl}/admin/flag`);
    await moderator.getByRole("link", { name: "Anmeldelser" }).waitFor();
    const item = moderator.locator(".flag-queue__item").filter({ hasText: target.title });
    await item.getByText("Personoplysninger", { exact: true }).waitFor();
    await item.getByRole("button", { name: "Skjul indlægget" }).click();
    await moderator.getByText("Indlægget er skjult for medlemmerne.").waitFor();
    await moderator.getByText("Der er ingen åbne anmeldelser.").waitFor();
    assertNoConsoleErrors(moderator);

    const db = new Database(forum.server.databasePath, { readonly: true });
    try {
      expect(db.prepare("select post_id from post_hidden").all()).toEqual([{ post_id: target.postId }]);
      expect(db.prepare("select action, target_id from admin_event where action = 'post.hidden'").all()).toEqual([
        { action: "post.hidden", target_id: target.postId },
      ]);
    } finally {
      db.close();
    }

    // The moderator still reads the hidden post, with a «Vis igen» form in its note; the page hydrates without a mismatch.
    await moderator.goto(`${forum.server.baseUrl}${target.path}`);
    const note = moderator.locator(`#indlaeg-${target.postId} .post__hidden-note`);
    await note.getByText("Skjult for medlemmer af en moderator.").waitFor();
    await note.getByRole("button", { name: "Vis igen" }).waitFor();
    await moderator.waitForLoadState("networkidle");
    assertNoConsoleErrors(moderator);

    await reader.reload();
    await reader.locator(`#indlaeg-${target.postId}`).getByText("Indlægget er skjult af en moderator.").waitFor();
    assertNoConsoleErrors(reader);
  });
});
