import type { DB } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { containsText } from "./contains-text.server";
import { slugify } from "./slug";
import type { Redactor } from "./text-redactor";

/**
 * Finds and rewrites every stored copy of a text, table by table. Text is
 * copied far from where it was written: a quote (`?citer=`) may sit in any
 * thread, a Vidensbank article repeats posts in its summary and key points,
 * and a thread's title travels into other tables. These functions serve
 * redaction (redaction.server.ts) and erasure (data-rights.server.ts) alike.
 */

/** Posts in any thread; the HTML is rendered again from the new source. Returns the changed posts' ids. */
export async function rewritePosts(
  tx: DB,
  text: string,
  redact: Redactor,
): Promise<{ count: number; postIds: number[] }> {
  const rows = await tx
    .selectFrom("post")
    .select(["id", "body_source"])
    .where(containsText(tx, "body_source", text))
    .orderBy("id")
    .execute();
  let count = 0;
  const postIds: number[] = [];
  for (const row of rows) {
    const body = redact(row.body_source);
    if (body.count === 0) continue;
    count += body.count;
    postIds.push(row.id);
    await tx
      .updateTable("post")
      .set({ body_source: body.value, body_html: renderMarkdown(body.value) })
      .where("id", "=", row.id)
      .execute();
  }
  return { count, postIds };
}

/** Earlier versions of any post, and the titles they kept. */
export async function rewriteRevisions(tx: DB, text: string, redact: Redactor): Promise<number> {
  const rows = await tx
    .selectFrom("post_revision")
    .select(["id", "body_source", "title"])
    .where((eb) => eb.or([containsText(tx, "body_source", text), containsText(tx, "title", text)]))
    .execute();
  let count = 0;
  for (const row of rows) {
    const body = redact(row.body_source);
    const title = row.title === null ? null : redact(row.title);
    if (body.count === 0 && !title?.count) continue;
    count += body.count + (title?.count ?? 0);
    await tx
      .updateTable("post_revision")
      .set({ body_source: body.value, title: title?.value ?? null })
      .where("id", "=", row.id)
      .execute();
  }
  return count;
}

/** Thread titles, with a new slug. Returns the changed threads' opening posts, which carry the title in the index. */
export async function rewriteThreadTitles(
  tx: DB,
  text: string,
  redact: Redactor,
): Promise<{ count: number; threadIds: number[]; openingPostIds: number[] }> {
  const rows = await tx
    .selectFrom("thread")
    .select(["id", "title"])
    .where(containsText(tx, "title", text))
    .execute();
  let count = 0;
  const threadIds: number[] = [];
  const openingPostIds: number[] = [];
  for (const row of rows) {
    const title = redact(row.title);
    if (title.count === 0) continue;
    count += title.count;
    threadIds.push(row.id);
    await tx
      .updateTable("thread")
      .set({ title: title.value, slug: slugify(title.value) })
      .where("id", "=", row.id)
      .execute();
    const opening = await tx
      .selectFrom("post")
      .select("id")
      .where("thread_id", "=", row.id)
      .orderBy("id")
      .executeTakeFirst();
    if (opening) openingPostIds.push(opening.id);
  }
  return { count, threadIds, openingPostIds };
}

function parseKeyPoints(json: string): string[] {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Vidensbank articles: title (and slug), summary and its HTML, key points, audience sections. Returns the changed articles' ids. */
export async function rewriteArticles(
  tx: DB,
  text: string,
  redact: Redactor,
): Promise<{ count: number; articleIds: number[] }> {
  const rows = await tx
    .selectFrom("knowledge_article")
    .select(["id", "slug", "title", "summary_source", "summary_html", "key_points"])
    .where((eb) =>
      eb.or([
        containsText(tx, "title", text),
        containsText(tx, "summary_source", text),
        containsText(tx, "summary_html", text),
        containsText(tx, "key_points", text),
        containsText(tx, "key_points", JSON.stringify(text).slice(1, -1)),
      ]),
    )
    .execute();
  let count = 0;
  const articleIds: number[] = [];
  for (const row of rows) {
    const title = redact(row.title);
    const summary = redact(row.summary_source);
    const points = parseKeyPoints(row.key_points).map(redact);
    const found = title.count + summary.count + points.reduce((sum, point) => sum + point.count, 0);
    // The HTML is rendered from the source, so rendering again also clears text only the HTML held.
    const html = renderMarkdown(summary.value);
    if (found === 0 && html === row.summary_html) continue;
    count += found;
    articleIds.push(row.id);
    const slug = title.count > 0 ? await freeArticleSlug(tx, slugify(title.value), row.id) : row.slug;
    await tx
      .updateTable("knowledge_article")
      .set({
        title: title.value,
        slug,
        summary_source: summary.value,
        summary_html: html,
        key_points: JSON.stringify(points.map((point) => point.value)),
      })
      .where("id", "=", row.id)
      .execute();
  }
  // The handbook's audience sections are the article's text too.
  const sections = await tx
    .selectFrom("article_section")
    .select(["id", "article_id", "body_source", "body_html"])
    .where((eb) => eb.or([containsText(tx, "body_source", text), containsText(tx, "body_html", text)]))
    .execute();
  for (const row of sections) {
    const body = redact(row.body_source);
    const html = renderMarkdown(body.value);
    if (body.count === 0 && html === row.body_html) continue;
    count += body.count;
    if (!articleIds.includes(row.article_id)) articleIds.push(row.article_id);
    await tx
      .updateTable("article_section")
      .set({ body_source: body.value, body_html: html })
      .where("id", "=", row.id)
      .execute();
  }
  return { count, articleIds };
}

async function freeArticleSlug(tx: DB, base: string, articleId: number): Promise<string> {
  const taken = await tx
    .selectFrom("knowledge_article")
    .select("id")
    .where("slug", "=", base)
    .where("id", "!=", articleId)
    .executeTakeFirst();
  return taken ? `${base}-${articleId}` : base;
}

/** Free-text notes moderators and members wrote about posts, and texts admins wrote (onboarding steps, tag descriptions). */
export async function rewriteNotes(tx: DB, text: string, redact: Redactor): Promise<number> {
  let count = 0;
  const flags = await tx
    .selectFrom("post_flag")
    .select(["id", "note"])
    .where(containsText(tx, "note", text))
    .execute();
  for (const row of flags) {
    const note = redact(row.note ?? "");
    if (note.count === 0) continue;
    count += note.count;
    await tx.updateTable("post_flag").set({ note: note.value }).where("id", "=", row.id).execute();
  }
  const warnings = await tx
    .selectFrom("moderator_warning")
    .select(["id", "note"])
    .where(containsText(tx, "note", text))
    .execute();
  for (const row of warnings) {
    const note = redact(row.note);
    if (note.count === 0) continue;
    count += note.count;
    await tx.updateTable("moderator_warning").set({ note: note.value }).where("id", "=", row.id).execute();
  }
  const steps = await tx
    .selectFrom("onboarding_step")
    .select(["id", "title", "note"])
    .where((eb) => eb.or([containsText(tx, "title", text), containsText(tx, "note", text)]))
    .execute();
  for (const row of steps) {
    const title = redact(row.title);
    const note = redact(row.note);
    if (title.count + note.count === 0) continue;
    count += title.count + note.count;
    await tx
      .updateTable("onboarding_step")
      .set({ title: title.value, note: note.value })
      .where("id", "=", row.id)
      .execute();
  }
  const tags = await tx
    .selectFrom("tag")
    .select(["id", "description"])
    .where(containsText(tx, "description", text))
    .execute();
  for (const row of tags) {
    const description = redact(row.description);
    if (description.count === 0) continue;
    count += description.count;
    await tx.updateTable("tag").set({ description: description.value }).where("id", "=", row.id).execute();
  }
  // An error Meilisearch sent back may echo a document; the retry needs only the ids.
  await tx
    .updateTable("search_outbox")
    .set({ last_error: null })
    .where(containsText(tx, "last_error", text))
    .execute();
  return count;
}
