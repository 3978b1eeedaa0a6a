import { type Kysely, sql } from "kysely";

// Frozen: never edit after it has landed; add a new migration instead.
// Stored HTML rendered before code blocks and tables scrolled in their own keyboard-reachable box
// gets the same markup the renderer now adds (app/markdown/render.server.ts). In sanitised HTML the
// exact strings `<pre>` and `<table>` can only be those tags: text is stored escaped.
const columns = [
  ["post", "body_html"],
  ["knowledge_article", "summary_html"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, column] of columns) {
    await sql`
      update ${sql.table(table)}
         set ${sql.ref(column)} = replace(replace(replace(${sql.ref(column)},
               '<pre>', '<pre tabindex="0">'),
               '<table>', '<div class="table-scroll" tabindex="0"><table>'),
               '</table>', '</table></div>')
       where ${sql.ref(column)} like '%<pre>%' or ${sql.ref(column)} like '%<table>%'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, column] of columns) {
    await sql`
      update ${sql.table(table)}
         set ${sql.ref(column)} = replace(replace(replace(${sql.ref(column)},
               '<pre tabindex="0">', '<pre>'),
               '<div class="table-scroll" tabindex="0"><table>', '<table>'),
               '</table></div>', '</table>')`.execute(db);
  }
}
