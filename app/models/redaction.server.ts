import { sql } from "kysely";
import { type DB, writeTransaction } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { stemWord, tokenize } from "../search/analyze";
import { indexPost } from "../search/fts5-index.server";
import { recordAdminEvent } from "./admin-event.server";
import { closeFlags, FlagError } from "./flag.server";
import { slugify } from "./slug";

export const REDACTED = "[fjernet af moderator]";
export const REDACTION_MIN = 3;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every occurrence, in any letter case: a name written "mikkel hansen" is the same name. */
function redactor(text: string): (value: string) => { value: string; count: number } {
  const pattern = new RegExp(escapeRegExp(text.normalize("NFC")), "giu");
  return (value) => {
    let count = 0;
    const replaced = value.normalize("NFC").replace(pattern, () => {
      count += 1;
      return REDACTED;
    });
    return { value: count > 0 ? replaced : value, count };
  };
}

/**
 * Removes `text` for good from a post and everything that copied it: the
 * post's source and HTML, its revisions, the thread title (and slug), posts in
 * the same thread that quote it, flag notes and warnings, the FTS5 index and
 * its term list, and (through indexPost) the Meilisearch outbox. Call inside a
 * write transaction; `purgeFreedPages` must follow the commit, or the old text
 * may survive in the database file's free space and the WAL.
 */
export async function redactPost(tx: DB, input: { postId: number; text: string; moderatorId: number; at?: string }): Promise<{ occurrences: number }> {
  const text = input.text.trim();
  if (text.length < REDACTION_MIN) throw new FlagError(`Skriv mindst ${REDACTION_MIN} tegn af den tekst, der skal fjernes.`);
  if (text.toLowerCase().includes(REDACTED.toLowerCase()) || REDACTED.toLowerCase().includes(text.toLowerCase())) {
    throw new FlagError("Teksten er allerede fjernet.");
  }
  const at = input.at ?? new Date().toISOString();
  const target = await tx.selectFrom("post").innerJoin("thread", "thread.id", "post.thread_id").select(["post.id", "post.thread_id", "thread.title"]).where("post.id", "=", input.postId).executeTakeFirst();
  if (!target) throw new FlagError("Indlægget findes ikke.", 404);
  const redact = redactor(text);
  let occurrences = 0;

  // Quotes copy a post into replies of the same thread, so every post there is checked.
  const posts = await tx.selectFrom("post").select(["id", "body_source"]).where("thread_id", "=", target.thread_id).orderBy("id").execute();
  const postIds = posts.map((post) => post.id);
  const affected = new Set<number>();
  for (const post of posts) {
    const body = redact(post.body_source);
    if (body.count === 0) continue;
    occurrences += body.count;
    affected.add(post.id);
    await tx.updateTable("post").set({ body_source: body.value, body_html: renderMarkdown(body.value) }).where("id", "=", post.id).execute();
  }

  const revisions = await tx.selectFrom("post_revision").select(["id", "post_id", "body_source", "title"]).where("post_id", "in", postIds).execute();
  for (const revision of revisions) {
    const body = redact(revision.body_source);
    const title = revision.title === null ? null : redact(revision.title);
    if (body.count === 0 && !title?.count) continue;
    occurrences += body.count + (title?.count ?? 0);
    await tx.updateTable("post_revision").set({ body_source: body.value, title: title?.value ?? null }).where("id", "=", revision.id).execute();
  }

  const title = redact(target.title);
  if (title.count > 0) {
    occurrences += title.count;
    await tx.updateTable("thread").set({ title: title.value, slug: slugify(title.value) }).where("id", "=", target.thread_id).execute();
    // The title is indexed on the opening post's row.
    const opening = postIds[0];
    if (opening !== undefined) affected.add(opening);
  }

  const notes = await tx.selectFrom("post_flag").select(["id", "note"]).where("post_id", "in", postIds).where("note", "is not", null).execute();
  for (const flag of notes) {
    const note = redact(flag.note ?? "");
    if (note.count > 0) await tx.updateTable("post_flag").set({ note: note.value }).where("id", "=", flag.id).execute();
  }
  const warnings = await tx.selectFrom("moderator_warning").select(["id", "note"]).where("post_id", "in", postIds).execute();
  for (const warning of warnings) {
    const note = redact(warning.note);
    if (note.count > 0) await tx.updateTable("moderator_warning").set({ note: note.value }).where("id", "=", warning.id).execute();
  }

  if (occurrences === 0) throw new FlagError("Teksten findes ikke i indlægget, dets tidligere versioner eller trådens titel. Kopiér den præcist.");

  for (const postId of affected) await indexPost(tx, postId);
  await forgetTerms(tx, text);
  // FTS5 keeps deleted tokens in older segments until they are merged; optimize merges them all now.
  await sql`insert into post_fts(post_fts) values ('optimize')`.execute(tx);

  const reasons = await closeFlags(tx, { postId: input.postId, moderatorId: input.moderatorId, resolution: "redacted", at });
  // Only that a redaction happened, never what was removed.
  await recordAdminEvent(tx, { actorId: input.moderatorId, action: "post.redacted", targetType: "post", targetId: input.postId, detail: { reasons, postsChanged: affected.size } }, new Date(at));
  return { occurrences };
}

/**
 * search_term keeps one surface word per stem, so a stem the redacted text
 * produced may carry its spelling. Those rows go, and every post still
 * containing one of the stems is indexed again, which puts back exactly the
 * terms other posts justify (with their own spelling).
 */
async function forgetTerms(tx: DB, text: string): Promise<void> {
  const words = [...new Set(tokenize(text).map((token) => token.word))];
  const stems = [...new Set(words.map(stemWord))];
  if (stems.length > 0) await tx.deleteFrom("search_term").where((eb) => eb.or([eb("term", "in", stems), eb("word", "in", words)])).execute();
  await tx.deleteFrom("search_term").where(sql<boolean>`instr(lower(word), ${text.toLowerCase()}) > 0`).execute();
  if (stems.length === 0) return;
  const match = stems.map((stem) => `"${stem.replace(/"/g, '""')}"`).join(" OR ");
  const still = await sql<{ rowid: number }>`select rowid from post_fts where post_fts match ${match}`.execute(tx);
  for (const row of still.rows) await indexPost(tx, row.rowid);
}

/**
 * After the commit: rewrites the database file without free space that may
 * still hold the text (cells freed by earlier edits were never zeroed), then
 * empties the WAL, whose older frames still hold the pages as they were.
 * Returns false when another connection kept the WAL from being truncated.
 */
export async function purgeFreedPages(db: DB): Promise<boolean> {
  await sql`vacuum`.execute(db);
  const result = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return Number(result.rows[0]?.busy ?? 1) === 0;
}

/** Redacts in one transaction with secure_delete on, then purges the file; what the review queue calls. */
export async function redactPostForGood(db: DB, input: { postId: number; text: string; moderatorId: number }): Promise<{ occurrences: number; purged: boolean }> {
  const previous = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
  await sql`pragma secure_delete = on`.execute(db);
  try {
    const { occurrences } = await writeTransaction(db, (tx) => redactPost(tx, input));
    return { occurrences, purged: await purgeFreedPages(db) };
  } finally {
    await sql.raw(`pragma secure_delete = ${Number(previous.rows[0]?.secure_delete ?? 0) === 1 ? "on" : "off"}`).execute(db);
  }
}
