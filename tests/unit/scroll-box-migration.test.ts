import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { describe, expect, it } from "vitest";
import { down, up } from "../../db/migrations/20261204T1600_scrollable_code_and_tables";
import { renderMarkdown } from "../../app/markdown/render.server";

// Posts and articles stored before code blocks and tables scrolled in their own box get the markup the renderer adds now.
const SOURCE = "Se her:\n\n```\nlang linje\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst om <pre> og <table>.";

/** What the renderer stored before the scroll boxes: today's output without them. */
const OLD_HTML = renderMarkdown(SOURCE)
  .replace('<pre tabindex="0">', "<pre>")
  .replace('<div class="table-scroll" tabindex="0"><table>', "<table>")
  .replace("</table></div>", "</table>");

function openDatabase() {
  const sqlite = new Database(":memory:");
  sqlite.exec(
    "create table post (id integer primary key, body_html text not null); create table knowledge_article (id integer primary key, summary_html text not null);",
  );
  const insert = (table: string, column: string) => sqlite.prepare(`insert into ${table} (${column}) values (?)`);
  insert("post", "body_html").run(OLD_HTML);
  insert("post", "body_html").run("<p>Ingen kode</p>");
  insert("knowledge_article", "summary_html").run(OLD_HTML);
  return { sqlite, db: new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) }) };
}

describe("migration 20261204T1600_scrollable_code_and_tables", () => {
  it("gives stored code blocks and tables exactly the markup the renderer produces now, and leaves other HTML alone", async () => {
    const { sqlite, db } = openDatabase();
    expect(OLD_HTML).not.toContain("tabindex");
    await up(db);
    const posts = sqlite.prepare("select body_html as html from post order by id").all() as { html: string }[];
    expect(posts.map((row) => row.html)).toEqual([renderMarkdown(SOURCE), "<p>Ingen kode</p>"]);
    expect((sqlite.prepare("select summary_html as html from knowledge_article").get() as { html: string }).html).toBe(
      renderMarkdown(SOURCE),
    );

    await down(db);
    expect((sqlite.prepare("select body_html as html from post where id = 1").get() as { html: string }).html).toBe(
      OLD_HTML,
    );
    await db.destroy();
  });
});
