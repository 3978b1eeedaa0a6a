import fs from "node:fs";
import axe from "axe-core";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";

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
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      targets: v.nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.targets.join(", ")}`);
}
