import { purgePostItems } from "../render-cache/post-item-cache.server";
import { type DB, writeTransaction } from "../db.server";
import { recordAdminEvent } from "./admin-event.server";
import { scrubAuditRecords } from "./audit-scrub.server";
import { closeFlags } from "./flag.server";
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
import { textRedacted, threadsDetailsChanged } from "../search/index.server";
import { redactionRefusals } from "../copy/redaction";

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
    throw new Refusal(redactionRefusals.alreadyRemoved);
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
  if (occurrences === 0) throw new Refusal(redactionRefusals.notFound);

  await textRedacted(tx, [...posts.postIds, ...titles.openingPostIds], text);
  // A thread citing a changed article shows its title in its Meilisearch document.
  if (articles.articleIds.length > 0) {
    const cited = await tx
      .selectFrom("article_source")
      .innerJoin("post", "post.id", "article_source.post_id")
      .select("post.thread_id")
      .where("article_source.article_id", "in", articles.articleIds)
      .execute();
    await threadsDetailsChanged(
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
