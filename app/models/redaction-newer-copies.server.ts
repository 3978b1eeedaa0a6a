import type { DB } from "../db.server";
import { containsText } from "./contains-text.server";
import type { Redactor } from "./text-redactor";

/**
 * Copies that later features keep: drafts (another member's half-written reply
 * may quote the post), network-meeting agendas, minutes and actions (a thread
 * brought to a meeting carries its words along), and notifications, whose
 * details may name an article's title. Each row is rewritten column by column.
 */
type TextTable = "draft" | "agenda_item" | "meeting" | "meeting_action";

const TEXT_COLUMNS: Record<TextTable, readonly string[]> = {
  draft: ["title", "body"],
  agenda_item: ["title", "description", "notes_source", "decline_reason", "presenter"],
  meeting: ["title", "description", "place"],
  meeting_action: ["description"],
};

async function rewriteTable(tx: DB, table: TextTable, text: string, redact: Redactor): Promise<number> {
  const columns = TEXT_COLUMNS[table];
  // Dynamic table and column names come from the constant above, never from input.
  const rows = (await tx
    .selectFrom(table)
    .select(["id", ...columns] as never[])
    .where((eb) => eb.or(columns.map((column) => containsText(tx, column, text))))
    .execute()) as unknown as ({ id: number } & Record<string, string | null>)[];
  let count = 0;
  for (const row of rows) {
    const changes: Record<string, string> = {};
    for (const column of columns) {
      const value = row[column];
      if (typeof value !== "string") continue;
      const redacted = redact(value);
      if (redacted.count === 0) continue;
      count += redacted.count;
      changes[column] = redacted.value;
    }
    if (Object.keys(changes).length > 0)
      await tx
        .updateTable(table)
        .set(changes as never)
        .where("id", "=", row.id)
        .execute();
  }
  return count;
}

/** JSON details of notifications and pending notification events; the text may sit there JSON-escaped. */
async function rewriteJsonData(
  tx: DB,
  table: "notification" | "notify_event",
  text: string,
  redact: Redactor,
): Promise<number> {
  const escaped = JSON.stringify(text).slice(1, -1);
  const rows = await tx
    .selectFrom(table)
    .select(["id", "data"])
    .where((eb) => eb.or([containsText(tx, "data", text), containsText(tx, "data", escaped)]))
    .execute();
  let count = 0;
  for (const row of rows) {
    const data = JSON.parse(row.data) as unknown;
    const rewritten = JSON.stringify(data, (_key, value: unknown) => {
      if (typeof value !== "string") return value;
      const redacted = redact(value);
      count += redacted.count;
      return redacted.value;
    });
    if (rewritten !== row.data) await tx.updateTable(table).set({ data: rewritten }).where("id", "=", row.id).execute();
  }
  return count;
}

export async function rewriteNewerCopies(tx: DB, text: string, redact: Redactor): Promise<number> {
  let count = 0;
  for (const table of Object.keys(TEXT_COLUMNS) as TextTable[]) count += await rewriteTable(tx, table, text, redact);
  count += await rewriteJsonData(tx, "notification", text, redact);
  count += await rewriteJsonData(tx, "notify_event", text, redact);
  return count;
}
