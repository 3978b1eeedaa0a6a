import { purgePostItems } from "../render-cache/post-item-cache.server";
import { isPostgres } from "../../db/dialect";
import { postIdsWithAnyTerm } from "../search/postgres/search-index.server";
import { sql } from "kysely";
import { type DB, writeTransaction } from "../db.server";
import { stemWord, tokenize } from "../search/analyze";
import { indexPost } from "../search/fts5-index.server";
import { enqueueThreadsForSearch } from "../search/outbox.server";
import { recordAdminEvent } from "./admin-event.server";
import { scrubAuditRecords } from "./audit-scrub.server";
import { closeFlags } from "./flag.server";
import { containsText } from "./contains-text.server";
import { purgeFreedPages } from "./purge.server";
import {
  rewriteArticles,
  rewriteNotes,
  rewritePosts,
  rewriteRevisions,
  rewriteThreadTitles,
} from "./redaction-copies.server";
import { rewriteNewerCopies } from "./redaction-newer-copies.server";
import { slugify } from "./slug";
import { redactor } from "./text-redactor";
import { Refusal } from "../refusal";
import { asSentence, notFound } from "../copy/not-found";

export { purgeFreedPages } from "./purge.server";

export const REDACTED = "[fjernet af moderator]";
export const REDACTION_MIN = 3;

/**
 * Removes `text` for good from a post and everywhere it was copied: posts in
 * any thread (quotes travel across threads) and their HTML, every revision,
 * thread titles and slugs, Vidensbank articles (title, summary and its HTML,
 * key points), flag notes, warnings, onboarding steps, tag descriptions, audit
 * details (a merge keeps the old title), the FTS5 index and its term list,
 * and (through indexPost) the Meilisearch outbox. Call inside a write
 * transaction; `purgeFreedPages` must follow the commit, or the old text may
 * survive in the database file's free space and the WAL.
 */
export async function redactPost(
  tx: DB,
  input: { postId: number; text: string; moderatorId: number; at?: string },
): Promise<{ occurrences: number }> {
  const text = input.text.trim().normalize("NFC");
  if (text.length < REDACTION_MIN)
    throw new Refusal(`Skriv mindst ${REDACTION_MIN} tegn af den tekst, der skal fjernes.`);
  if (text.toLowerCase().includes(REDACTED.toLowerCase()) || REDACTED.toLowerCase().includes(text.toLowerCase())) {
    throw new Refusal("Teksten er allerede fjernet.");
  }
  const at = input.at ?? new Date().toISOString();
  const target = await tx
    .selectFrom("post")
    .select(["id", "thread_id"])
    .where("id", "=", input.postId)
    .executeTakeFirst();
  if (!target) throw new Refusal(asSentence(notFound.post), { status: 404 });
  const redact = redactor([{ text, replacement: REDACTED }]);

  // The text may be quoted anywhere, so every cached post item goes, now and again after the commit.
  purgePostItems({ all: true });
  const posts = await rewritePosts(tx, text, redact);
  const revisions = await rewriteRevisions(tx, text, redact);
  const titles = await rewriteThreadTitles(tx, text, redact);
  const articles = await rewriteArticles(tx, text, redact);
  const notes = (await rewriteNotes(tx, text, redact)) + (await rewriteNewerCopies(tx, text, redact));
  const occurrences = posts.count + revisions + titles.count + articles.count;
  if (occurrences === 0)
    throw new Refusal(
      "Teksten findes ikke i indlægget, dets tidligere versioner eller trådens titel. Kopiér den præcist.",
    );

  await reindexWithout(tx, [...posts.postIds, ...titles.openingPostIds], text);
  // A thread citing a changed article shows its title in its Meilisearch document.
  if (articles.articleIds.length > 0) {
    const cited = await tx
      .selectFrom("article_source")
      .innerJoin("post", "post.id", "article_source.post_id")
      .select("post.thread_id")
      .where("article_source.article_id", "in", articles.articleIds)
      .execute();
    await enqueueThreadsForSearch(
      tx,
      cited.map((row) => row.thread_id),
      new Date(at),
    );
  }
  // The slug of a title is a copy too: "Bekymring for Mikkel" lived on as "bekymring-for-mikkel".
  const auditRecords = await scrubAuditRecords(
    tx,
    [
      { text, replacement: REDACTED },
      ...(slugify(text) === "emne" ? [] : [{ text: slugify(text), replacement: slugify(REDACTED) }]),
    ],
    at,
  );

  const reasons = await closeFlags(tx, {
    postId: input.postId,
    moderatorId: input.moderatorId,
    resolution: "redacted",
    at,
  });
  // Only that a redaction happened and where, never what was removed.
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "post.redacted",
      targetType: "post",
      targetId: input.postId,
      detail: {
        reasons,
        postsChanged: posts.postIds.length,
        posts: posts.postIds,
        threadTitles: titles.threadIds,
        articles: articles.articleIds,
        revisions,
        notes,
        auditRecords,
      },
    },
    new Date(at),
  );
  return { occurrences };
}

/** Brings the changed posts' index rows up to date and drops every term `text` left behind. */
export async function reindexWithout(tx: DB, postIds: number[], text: string): Promise<void> {
  for (const postId of new Set(postIds)) await indexPost(tx, postId);
  await forgetTerms(tx, text);
  // FTS5 keeps deleted tokens in older segments until they are merged; optimize merges them all now.
  // (PostgreSQL rewrites a row on update; VACUUM, run after a redaction, frees the old versions.)
  if (isPostgres(tx)) return;
  await sql`insert into post_fts(post_fts) values ('optimize')`.execute(tx);
  await sql`insert into thread_fts(thread_fts) values ('optimize')`.execute(tx);
}

/**
 * search_term keeps one surface word per stem, so a stem the removed text
 * produced may carry its spelling. Those rows go, and every post still
 * containing one of the stems is indexed again, which puts back exactly the
 * terms other posts justify (with their own spelling). */
async function forgetTerms(tx: DB, text: string): Promise<void> {
  const words = [...new Set(tokenize(text).map((token) => token.word))];
  const stems = [...new Set(words.map(stemWord))];
  if (stems.length > 0)
    await tx
      .deleteFrom("search_term")
      .where((eb) => eb.or([eb("term", "in", stems), eb("word", "in", words)]))
      .execute();
  await tx
    .deleteFrom("search_term")
    .where(containsText(tx, "word", text))
    .execute();
  if (stems.length === 0) return;
  if (isPostgres(tx)) {
    for (const postId of await postIdsWithAnyTerm(tx, stems)) await indexPost(tx, postId);
    return;
  }
  const match = stems.map((stem) => `"${stem.replace(/"/g, '""')}"`).join(" OR ");
  const still = await sql<{ rowid: number }>`select rowid from post_fts where post_fts match ${match}`.execute(tx);
  for (const row of still.rows) await indexPost(tx, row.rowid);
}

/** Redacts in one transaction, then purges the file; what the review queue calls. */
export async function redactPostForGood(
  db: DB,
  input: { postId: number; text: string; moderatorId: number },
): Promise<{ occurrences: number; purged: boolean }> {
  const { occurrences } = await writeTransaction(db, (tx) => redactPost(tx, input));
  // A view rendered while the transaction ran still had the old text.
  purgePostItems({ all: true });
  return { occurrences, purged: await purgeFreedPages(db) };
}
