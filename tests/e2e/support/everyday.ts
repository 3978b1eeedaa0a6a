import fs from "node:fs";
import Database from "better-sqlite3";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./axe";

/** An open (not locked) demo thread with at least one reply, read from the server's own database file. */
export function openThreadWithReplies(databasePath: string, skip = 0): { path: string; id: number } {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        "select id, slug from thread where locked = 0 and reply_count > 0 and id in (select thread_id from post group by thread_id having count(*) < 40) order by id limit 1 offset ?",
      )
      .get(skip) as { id: number; slug: string };
    return { path: `/t/${row.id}-${row.slug}`, id: row.id };
  } finally {
    db.close();
  }
}

/** Rows of the server's database, for checks of what was (or was not) stored. */
export function queryRows<T>(databasePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Screenshots at 1280 and 390 px for a person to look at; nothing is asserted on them. */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync("/tmp/everyday-shots", { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/everyday-shots/${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** axe-core's serious and critical violations on the page, as "rule: targets" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  return (await seriousViolations(page)).map((v) => `${v.id}: ${v.targets.join(", ")}`);
}

/** The thread page's reply box. */
export const replyBox = (page: Page) => page.getByLabel("Dit svar", { exact: true });

/** The id of a rendered post (its element id is `indlaeg-<id>`). */
export async function postIdOf(post: Locator): Promise<number> {
  return Number((await post.getAttribute("id"))?.replace("indlaeg-", ""));
}

/** Sends a reply through the thread page's form and waits for it (found by `marker`); the new post's id. */
export async function postReply(page: Page, text: string, marker = text): Promise<number> {
  await replyBox(page).fill(text);
  await page.getByRole("button", { name: "Send svar" }).click();
  const post = page.locator("article.post").filter({ hasText: marker });
  await post.waitFor();
  return postIdOf(post);
}

/** The post's `deleted_at` in the server's database: null while it stands. */
export function postDeletedAt(databasePath: string, postId: number): string | null | undefined {
  return queryRows<{ deleted_at: string | null }>(databasePath, "select deleted_at from post where id = ?", postId)[0]
    ?.deleted_at;
}

/** «Slet» on a post: the «Slet indlæg?» page asks first. */
export async function askToDelete(page: Page, postId: number): Promise<void> {
  await page.locator(`#indlaeg-${postId}`).getByRole("link", { name: "Slet" }).click();
  await page.getByRole("heading", { level: 1, name: "Slet indlæg?" }).waitFor();
}

/** On the «Slet indlæg?» page: confirms, and waits for the thread to show the post as deleted. */
export async function confirmDeletion(page: Page, postId: number): Promise<Locator> {
  await page.getByRole("button", { name: "Ja, slet indlægget" }).click();
  const deleted = page.locator(`#indlaeg-${postId}`);
  await deleted.getByText("Indlægget er slettet.").waitFor();
  return deleted;
}

/** «Fortryd» on a deleted post, and waits for its text to be back. */
export async function undoDeletion(page: Page, postId: number, text: string): Promise<void> {
  await page.locator(`#indlaeg-${postId}`).getByRole("button", { name: "Fortryd" }).click();
  await page.locator(`#indlaeg-${postId}`).getByText(text).waitFor();
}
