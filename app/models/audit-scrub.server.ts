import type { DB } from "../db.server";
import { containsText } from "./contains-text.server";
import { redactJson, redactor, type TextReplacement } from "./text-redactor";

/**
 * Takes texts out of the audit record's details (a merged thread's old title,
 * an invited e-mail address …), keeping who did what, to what and when. The
 * table allows this one change, and only with `scrubbed_at` set (migration
 * 20261204T1100). Returns how many records changed.
 */
export async function scrubAuditRecords(tx: DB, replacements: TextReplacement[], at: string): Promise<number> {
  const searched = replacements.filter((item) => item.text.trim() !== "");
  if (searched.length === 0) return 0;
  // The detail is JSON: a quote or backslash in the text is stored escaped.
  const needles = [...new Set(searched.flatMap((item) => [item.text, JSON.stringify(item.text).slice(1, -1)]))];
  const rows = await tx
    .selectFrom("admin_event")
    .select(["id", "detail"])
    .where((eb) => eb.or(needles.map((needle) => containsText(tx, "detail", needle))))
    .execute();
  const redact = redactor(searched);
  let changed = 0;
  for (const row of rows) {
    const result = redactJson(JSON.parse(row.detail) as unknown, redact);
    if (result.count === 0) continue;
    await tx
      .updateTable("admin_event")
      .set({ detail: JSON.stringify(result.value), scrubbed_at: at })
      .where("id", "=", row.id)
      .execute();
    changed += 1;
  }
  return changed;
}
