import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { DB } from "../../db.server";
import { detached, stemWord } from "../query/analyze";
import { visibleToMembersSql } from "../../models/post-visibility.server";

export interface BulkRebuildOptions {
  /** The same text preparation as indexPost, so a rebuilt row equals an incrementally indexed one. */
  searchableText: (markdown: string) => string;
  onProgress?: (done: number, total: number) => void;
}

interface PostRow {
  id: number;
  body_source: string;
  deleted_at: string | null;
  visible: number;
  title: string;
  opening: number;
}

const BATCH = 2000;
/** Threads per batch of documents: small, so their texts die young (see `everyPost`). */
const THREAD_BATCH = 250;
// Pending FTS5 data is flushed to a new segment when it outgrows this: larger
// means fewer segments to merge, at the price of that much memory. 32 MB and
// a 32 MB page cache rebuilt a million posts as fast as 64 MB of each, in
// 70 MB less memory.
const BULK_HASH_SIZE = 16 * 1024 * 1024;
const BULK_CACHE_KIB = 16 * 1024;
const DEFAULT_HASH_SIZE = 1024 * 1024;
const DEFAULT_AUTOMERGE = 4;
const STEM_CACHE_LIMIT = 100_000;

/** analyze's TOKEN: the rebuild must split text exactly as analyze and indexPost do. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * analyze(), made cheap per token for millions of them: one cache lookup per
 * word as written (skipping the lower-casing and analyze's smaller stem cache,
 * which a large forum's vocabulary would keep emptying). On a cache miss it
 * records the stem in search_term with insert-or-ignore, so each stem keeps
 * the surface word of the first post (in id order) that uses it, as
 * indexPost does; writing them as they come, rather than collecting the whole
 * vocabulary first, keeps a million posts' rebuild within its memory budget.
 */
function analyser(recordTerm: (term: string, word: string) => void) {
  const stems = new Map<string, string>();
  return (text: string): string => {
    const words = text.normalize("NFC").match(TOKEN);
    if (!words) return "";
    const out: string[] = new Array(words.length);
    for (let i = 0; i < words.length; i += 1) {
      const written = words[i] as string;
      let stem = stems.get(written);
      if (stem === undefined) {
        const word = written.toLowerCase();
        stem = stemWord(word);
        if (stem.length >= 2) recordTerm(stem, word);
        if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
        stems.set(detached(written), detached(stem));
      }
      out[i] = stem;
    }
    return out.join(" ");
  };
}

async function databaseFile(db: DB): Promise<string> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((row) => row.name === "main")?.file;
  if (!file) throw new Error("Rebuilding the search index needs a database file, not an in-memory database.");
  return file;
}

/**
 * Rebuilds post_fts and search_term from the posts with the same analysis as
 * indexPost, but in bulk: its own connection, prepared statements, one
 * transaction, a fresh post_fts (dropping it is far cheaper than deleting a
 * million rows from it, which FTS5 does row by row) and one merge at the end.
 *
 * The connection is this function's own, so the bulk-load settings never
 * reach the application's connection, which keeps reading the old index until
 * the commit switches to the new one at once. Writers wait for the commit (so
 * never call this inside a transaction of the application's connection): a
 * rebuild is maintenance, run from the CLI or before the server listens. Under
 * Meilisearch nothing is queued in the outbox; its full sync is
 * enqueueAllThreads.
 */
export async function bulkRebuildIndex(db: DB, options: BulkRebuildOptions): Promise<number> {
  const file = await databaseFile(db);
  const sqlite = new SQLite(file);
  // Posts are read through a second connection: the writer's own reads would
  // look every page up in its uncommitted, ever-longer WAL, which at a million
  // posts made the load take twice as long.
  let reader: SQLite.Database | undefined;
  try {
    reader = new SQLite(file, { readonly: true });
    sqlite.pragma("busy_timeout = 5000");
    // Like every connection (db.server.ts): the dropped index's pages are zeroed, not left with its words.
    sqlite.pragma("secure_delete = ON");
    // A lost rebuild is simply run again; NORMAL still keeps the WAL consistent.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma(`cache_size = -${BULK_CACHE_KIB}`);
    sqlite.prepare("begin immediate").run();
    let count: number;
    try {
      count = await rebuild(sqlite, reader, options);
      sqlite.prepare("commit").run();
    } catch (error) {
      if (sqlite.inTransaction) sqlite.prepare("rollback").run();
      throw error;
    }
    // The new index passed through the WAL; give that space back now rather than at the server's next checkpoint.
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return count;
  } finally {
    reader?.close();
    sqlite.close();
  }
}

async function rebuild(
  sqlite: SQLite.Database,
  reader: SQLite.Database,
  { searchableText, onProgress }: BulkRebuildOptions,
): Promise<number> {
  const definition = sqlite
    .prepare("select sql from sqlite_schema where type = 'table' and name = 'post_fts'")
    .pluck()
    .get();
  if (typeof definition !== "string") throw new Error("post_fts is missing: run the migrations first.");
  sqlite.exec("drop table post_fts");
  sqlite.exec(definition);
  const threadDefinition = sqlite
    .prepare("select sql from sqlite_schema where type = 'table' and name = 'thread_fts'")
    .pluck()
    .get();
  if (typeof threadDefinition !== "string") throw new Error("thread_fts is missing: run the migrations first.");
  sqlite.exec("drop table thread_fts");
  sqlite.exec(threadDefinition);
  sqlite.exec("delete from search_term");
  // FTS5 accepts an option's value only as an integer, which a JavaScript number does not bind as.
  const setOption = sqlite.prepare("insert into post_fts (post_fts, rank) values (?, ?)");
  const configure = (name: string, value: number) => setOption.run(name, BigInt(value));
  configure("hashsize", BULK_HASH_SIZE);
  // Merging once at the end (optimize) beats merging as segments appear.
  configure("automerge", 0);

  const total = sqlite.prepare("select count(*) from post").pluck().get() as number;
  // Row by row from the reader's own connection: a row dies young, where a batch of them read at once
  // outlived enough allocations to reach V8's old space, whose garbage the heap let grow by a hundred MB.
  const everyPost = reader.prepare(`
    select p.id, p.body_source, p.deleted_at, t.title,
      p.id = (select min(first.id) from post first where first.thread_id = p.thread_id) as opening,
      ${visibleToMembersSql("p")} as visible
    from post p join thread t on t.id = p.thread_id
    order by p.id`);
  const insert = sqlite.prepare("insert into post_fts (rowid, title, body) values (?, ?, ?)");
  const insertTerm = sqlite.prepare("insert or ignore into search_term (term, reversed, word) values (?, ?, ?)");
  const analyse = analyser((term, word) => insertTerm.run(term, [...term].reverse().join(""), word));
  let done = 0;
  for (const post of everyPost.iterate() as IterableIterator<PostRow>) {
    done += 1;
    // The same rule as indexPost: only posts visible to members are findable.
    if (post.visible) {
      const title = post.opening ? analyse(post.title) : "";
      insert.run(post.id, title, analyse(searchableText(post.body_source)));
    }
    if (done % BATCH === 0) {
      onProgress?.(done, total);
      // Lets progress output and timers run between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  onProgress?.(done, total);

  buildThreadDocuments(sqlite, analyse);
  sqlite.exec("insert into post_fts (post_fts) values ('optimize')");
  sqlite.exec("insert into thread_fts (thread_fts) values ('optimize')");
  configure("automerge", DEFAULT_AUTOMERGE);
  configure("hashsize", DEFAULT_HASH_SIZE);
  // The new table starts without the setting migration 20261204T1105 gave the old one.
  configure("secure-delete", 1);
  return done;
}

/**
 * thread_fts from the post_fts rows just written, as indexThread builds one
 * thread: the opening row's title, the tag labels (ordered by label) and the
 * posts' analysed text in id order.
 */
function buildThreadDocuments(sqlite: SQLite.Database, analyse: (text: string) => string): void {
  const insert = sqlite.prepare("insert into thread_fts (rowid, title, tags, body) values (?, ?, ?, ?)");
  // In batches of threads: the connection cannot write while a statement of its own is still being iterated,
  // and a million posts' threads and tags read at once would not fit the rebuild's memory budget.
  const nextThreads = sqlite.prepare(`select id from thread where id > ? order by id limit ${THREAD_BATCH}`).pluck();
  const postsOf = sqlite.prepare(
    "select p.thread_id, c.c0, c.c1 from post p join post_fts_content c on c.id = p.id where p.thread_id >= ? and p.thread_id <= ? order by p.thread_id, p.id",
  );
  const tagsOf = sqlite.prepare(
    "select tt.thread_id, t.label from thread_tag tt join tag t on t.id = tt.tag_id where tt.thread_id >= ? and tt.thread_id <= ? order by tt.thread_id, t.label",
  );
  for (let after = 0; ;) {
    const ids = nextThreads.all(after) as number[];
    const first = ids[0];
    const last = ids[ids.length - 1];
    if (first === undefined || last === undefined) break;
    const tagLabels = new Map<number, string>();
    for (const row of tagsOf.all(first, last) as { thread_id: number; label: string }[]) {
      const labels = tagLabels.get(row.thread_id);
      tagLabels.set(row.thread_id, labels === undefined ? row.label : `${labels} ${row.label}`);
    }
    const documents = new Map<number, { titles: string[]; bodies: string[] }>();
    for (const row of postsOf.all(first, last) as { thread_id: number; c0: string; c1: string }[]) {
      const document = documents.get(row.thread_id) ?? { titles: [], bodies: [] };
      if (row.c0) document.titles.push(row.c0);
      document.bodies.push(row.c1);
      documents.set(row.thread_id, document);
    }
    for (const [id, document] of documents)
      insert.run(id, document.titles.join(" "), analyse(tagLabels.get(id) ?? ""), document.bodies.join(" "));
    after = last;
  }
}
