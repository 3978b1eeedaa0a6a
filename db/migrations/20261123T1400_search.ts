import { type Kysely, sql } from "kysely";
import { idColumn, isPostgres, tableOptions } from "../dialect";

// Frozen: never edit after it has landed; add a new migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per post (rowid = post.id). The text is pre-analysed in JavaScript
  // (folded æ/ø/å, Danish stems) because better-sqlite3 cannot register a
  // JavaScript tokenizer; `title` holds the thread title on the opening post only.
  // PostgreSQL keeps its search documents in the search_document migration instead.
  if (!isPostgres(db))
    await sql`create virtual table post_fts using fts5(title, body, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);

  // Every indexed stem once, with a surface word to suggest and the stem reversed
  // so that "rådgivning" can find compounds ending in it (chatrådgivning) by a range scan.
  await db.schema
    .createTable("search_term")
    .addColumn("term", "text", (c) => c.primaryKey())
    .addColumn("reversed", "text", (c) => c.notNull())
    .addColumn("word", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db, { withoutRowid: true }))
    .execute();
  await db.schema.createIndex("search_term_reversed").on("search_term").column("reversed").execute();

  await db.schema
    .createTable("search_synonym")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("expansion", "text", (c) => c.notNull())
    .modifyEnd(tableOptions(db))
    .execute();
  const synonyms: [string, string][] = [
    ["ssp", "skole socialforvaltning politi"],
    ["uu", "ungdommens uddannelsesvejledning"],
    ["ppr", "pædagogisk psykologisk rådgivning"],
    ["kui", "kommunal ungeindsats"],
    ["fgu", "forberedende grunduddannelse"],
    ["stu", "særligt tilrettelagt ungdomsuddannelse"],
  ];
  await db.insertInto("search_synonym").values(synonyms.map(([term, expansion]) => ({ term, expansion }))).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("search_synonym").execute();
  await db.schema.dropTable("search_term").execute();
  if (!isPostgres(db)) await sql`drop table post_fts`.execute(db);
}
