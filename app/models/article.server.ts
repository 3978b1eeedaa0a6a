import { recordNotifyEvent } from "../notifications/events.server";
import { sql } from "kysely";
import type { ArticleStatus, ThreadHeading } from "../../db/schema";
import type { DB } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { recordAdminEvent } from "./admin-event.server";
import type { ArticleInput } from "./article-form.server";
import { slugify } from "./slug";
import { postVisibleToMembers } from "./post-visibility.server";
import { replaceArticleSections, type SectionInput } from "./article-section.server";
import { threadsDetailsChanged } from "../search/index.server";
import { knowledgeBaseCopy } from "../copy/knowledge-base";

// ---------------------------------------------------------------- writes

async function uniqueSlug(tx: DB, title: string, exceptId?: number): Promise<string> {
  const base = slugify(title);
  const taken = new Set(
    (
      await tx
        .selectFrom("knowledge_article")
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
        .$if(exceptId !== undefined, (q) => q.where("id", "!=", exceptId ?? 0))
        .execute()
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function replaceLinks(
  tx: DB,
  articleId: number,
  input: Pick<ArticleInput, "sourcePostIds" | "tagIds">,
): Promise<void> {
  await tx.deleteFrom("article_source").where("article_id", "=", articleId).execute();
  await tx.deleteFrom("article_tag").where("article_id", "=", articleId).execute();
  await tx
    .insertInto("article_source")
    .values(input.sourcePostIds.map((post_id) => ({ article_id: articleId, post_id })))
    .execute();
  if (input.tagIds.length > 0)
    await tx
      .insertInto("article_tag")
      .values(input.tagIds.map((tag_id) => ({ article_id: articleId, tag_id })))
      .execute();
}

/**
 * Queues the threads the article cites for Meilisearch, in the article's
 * transaction: whether a thread counts as a Vidensbank thread (its lift, the
 * filter, the badge) is part of its search document. A deletion must call
 * this before the article goes, as its sources go with it.
 */
async function enqueueCitedThreads(tx: DB, articleId: number, now: Date, alsoThreadIds: number[] = []): Promise<void> {
  await threadsDetailsChanged(tx, [...alsoThreadIds, ...(await listArticleThreadIds(tx, articleId))], now);
}

/** The columns an author's input sets, alike on create and edit; the summary's HTML is rendered here, at write time. */
function articleColumns(input: ArticleInput) {
  return {
    title: input.title,
    summary_source: input.summary,
    summary_html: renderMarkdown(input.summary),
    key_points: JSON.stringify(input.keyPoints),
    owner_id: input.ownerId,
    review_on: input.reviewOn,
  };
}

/** Creates an article with its sources and tags; call inside a write transaction. */
export async function createArticle(
  tx: DB,
  input: ArticleInput & { actorId: number; sections?: SectionInput[] },
  now = new Date(),
): Promise<{ id: number; slug: string }> {
  const at = now.toISOString();
  const slug = await uniqueSlug(tx, input.title);
  const row = await tx
    .insertInto("knowledge_article")
    .values({
      slug,
      ...articleColumns(input),
      status: input.status,
      created_by: input.actorId,
      created_at: at,
      updated_at: at,
      published_at: input.status === "published" ? at : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await replaceLinks(tx, row.id, input);
  if (input.sections) await replaceArticleSections(tx, row.id, input.sections);
  await recordAdminEvent(
    tx,
    {
      actorId: input.actorId,
      action: "article.create",
      targetType: "article",
      targetId: row.id,
      detail: { slug, status: input.status, sourcePostIds: input.sourcePostIds },
    },
    now,
  );
  if (input.status === "published") {
    await recordAdminEvent(
      tx,
      { actorId: input.actorId, action: "article.publish", targetType: "article", targetId: row.id, detail: { slug } },
      now,
    );
    await enqueueCitedThreads(tx, row.id, now);
    await recordNotifyEvent(tx, { kind: "article_published", actorId: input.actorId, data: { articleId: row.id }, at });
  }
  return { id: row.id, slug };
}

/** Saves an edited article; a changed title gives a new slug. Records the edit and any change of status. */
export async function updateArticle(
  tx: DB,
  articleId: number,
  input: ArticleInput & { actorId: number; sections?: SectionInput[] },
  now = new Date(),
): Promise<{ slug: string }> {
  const before = await tx
    .selectFrom("knowledge_article")
    .selectAll()
    .where("id", "=", articleId)
    .executeTakeFirstOrThrow();
  const citedBefore = await listArticleThreadIds(tx, articleId);
  const at = now.toISOString();
  const slug = before.title === input.title ? before.slug : await uniqueSlug(tx, input.title, articleId);
  await tx
    .updateTable("knowledge_article")
    .set({
      slug,
      ...articleColumns(input),
      updated_at: at,
    })
    .where("id", "=", articleId)
    .execute();
  await replaceLinks(tx, articleId, input);
  if (input.sections) await replaceArticleSections(tx, articleId, input.sections);
  await recordAdminEvent(
    tx,
    {
      actorId: input.actorId,
      action: "article.update",
      targetType: "article",
      targetId: articleId,
      detail: {
        before: { title: before.title, slug: before.slug, ownerId: before.owner_id, reviewOn: before.review_on },
        after: { title: input.title, slug, ownerId: input.ownerId, reviewOn: input.reviewOn },
      },
    },
    now,
  );
  await writeStatus(tx, articleId, input.status, input.actorId, now);
  // Threads it cited before and cites now: sources, title (the badge) or status may have changed. A draft before and after shows in no search.
  if (before.status === "published" || input.status === "published")
    await enqueueCitedThreads(tx, articleId, now, citedBefore);
  return { slug };
}

/** Publishes or unpublishes; does nothing (and records nothing) when the status is already that. */
export async function setArticleStatus(
  tx: DB,
  articleId: number,
  status: ArticleStatus,
  actorId: number,
  now = new Date(),
): Promise<boolean> {
  const changed = await writeStatus(tx, articleId, status, actorId, now);
  if (changed) await enqueueCitedThreads(tx, articleId, now);
  return changed;
}

async function writeStatus(
  tx: DB,
  articleId: number,
  status: ArticleStatus,
  actorId: number,
  now: Date,
): Promise<boolean> {
  const before = await tx
    .selectFrom("knowledge_article")
    .select(["status", "slug"])
    .where("id", "=", articleId)
    .executeTakeFirstOrThrow();
  if (before.status === status) return false;
  const at = now.toISOString();
  await tx
    .updateTable("knowledge_article")
    .set({ status, updated_at: at, ...(status === "published" ? { published_at: at } : {}) })
    .where("id", "=", articleId)
    .execute();
  await recordAdminEvent(
    tx,
    {
      actorId,
      action: status === "published" ? "article.publish" : "article.unpublish",
      targetType: "article",
      targetId: articleId,
      detail: { slug: before.slug },
    },
    now,
  );
  if (status === "published")
    await recordNotifyEvent(tx, { kind: "article_published", actorId, data: { articleId }, at });
  return true;
}

// ---------------------------------------------------------------- reads

export interface ArticleSource {
  postId: number;
  excerpt: string;
  author: string;
  municipality: string;
  thread: ThreadHeading;
}

export interface ArticleDetail {
  id: number;
  slug: string;
  title: string;
  summarySource: string;
  summaryHtml: string;
  keyPoints: string[];
  status: ArticleStatus;
  reviewOn: string;
  publishedAt: string | null;
  updatedAt: string;
  owner: { id: number; name: string };
  sources: ArticleSource[];
  tags: { id: number; slug: string; label: string }[];
  municipalities: { slug: string; name: string }[];
}

function parseKeyPoints(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function excerpt(source: string, max = 200): string {
  const flat = source
    .replace(/^>.*$/gm, "")
    .replace(/[*_`#>[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** An article with everything its page shows; drafts too (the route decides who may see them). */
export async function findArticleBySlug(db: DB, slug: string): Promise<ArticleDetail | undefined> {
  const row = await db
    .selectFrom("knowledge_article as a")
    .innerJoin("member as owner", "owner.id", "a.owner_id")
    .where("a.slug", "=", slug)
    .select([
      "a.id",
      "a.slug",
      "a.title",
      "a.summary_source",
      "a.summary_html",
      "a.key_points",
      "a.status",
      "a.review_on",
      "a.published_at",
      "a.updated_at",
      "owner.id as owner_id",
      "owner.display_name as owner_name",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const [sources, tags] = await Promise.all([
    db
      .selectFrom("article_source as s")
      .innerJoin("post as p", "p.id", "s.post_id")
      .innerJoin("thread as t", "t.id", "p.thread_id")
      .innerJoin("member as m", "m.id", "p.author_id")
      .innerJoin("municipality as mu", "mu.id", "m.municipality_id")
      .where("s.article_id", "=", row.id)
      // A source deleted or hidden after it was cited drops out rather than showing removed text.
      .where(postVisibleToMembers("p"))
      .select([
        "p.id as post_id",
        "p.body_source",
        "m.display_name",
        "mu.slug as municipality_slug",
        "mu.name as municipality_name",
        "t.id as thread_id",
        "t.slug as thread_slug",
        "t.title as thread_title",
      ])
      .orderBy("p.id")
      .execute(),
    db
      .selectFrom("article_tag as at")
      .innerJoin("tag", "tag.id", "at.tag_id")
      .where("at.article_id", "=", row.id)
      .select(["tag.id", "tag.slug", "tag.label"])
      .orderBy("tag.label")
      .execute(),
  ]);
  const municipalities = new Map<string, string>();
  for (const source of sources) municipalities.set(source.municipality_slug, source.municipality_name);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summarySource: row.summary_source,
    summaryHtml: row.summary_html,
    keyPoints: parseKeyPoints(row.key_points),
    status: row.status,
    reviewOn: row.review_on,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    owner: { id: row.owner_id, name: row.owner_name },
    sources: sources.map((s) => ({
      postId: s.post_id,
      excerpt: excerpt(s.body_source),
      author: s.display_name,
      municipality: s.municipality_name,
      thread: { id: s.thread_id, slug: s.thread_slug, title: s.thread_title },
    })),
    tags,
    municipalities: [...municipalities]
      .map(([slugValue, name]) => ({ slug: slugValue, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "da")),
  };
}

export interface ArticleListItem {
  id: number;
  slug: string;
  title: string;
  status: ArticleStatus;
  reviewOn: string;
  ownerName: string;
}

function articleList(db: DB) {
  return db
    .selectFrom("knowledge_article as a")
    .innerJoin("member as owner", "owner.id", "a.owner_id")
    .select(["a.id", "a.slug", "a.title", "a.status", "a.review_on as reviewOn", "owner.display_name as ownerName"]);
}

export const NO_THEME = knowledgeBaseCopy.noTheme;

/** Published articles grouped by theme tag (an article with two themes is in both); untagged last. */
export async function listPublishedArticlesByTheme(
  db: DB,
): Promise<{ theme: { slug: string; label: string } | null; articles: ArticleListItem[] }[]> {
  const articles = await articleList(db).where("a.status", "=", "published").orderBy("a.title").execute();
  if (articles.length === 0) return [];
  const links = await db
    .selectFrom("article_tag as at")
    .innerJoin("tag", "tag.id", "at.tag_id")
    .where(
      "at.article_id",
      "in",
      articles.map((a) => a.id),
    )
    .select(["at.article_id", "tag.slug", "tag.label"])
    .execute();
  const groups = new Map<string, { theme: { slug: string; label: string } | null; articles: ArticleListItem[] }>();
  const tagged = new Set<number>();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const link of links.sort((a, b) => a.label.localeCompare(b.label, "da"))) {
    const article = byId.get(link.article_id);
    if (!article) continue;
    const group = groups.get(link.slug) ?? { theme: { slug: link.slug, label: link.label }, articles: [] };
    group.articles.push(article);
    groups.set(link.slug, group);
    tagged.add(article.id);
  }
  const untagged = articles.filter((a) => !tagged.has(a.id));
  return [...groups.values(), ...(untagged.length > 0 ? [{ theme: null, articles: untagged }] : [])].map((group) => ({
    ...group,
    articles: group.articles.sort((a, b) => a.title.localeCompare(b.title, "da")),
  }));
}

export async function listDraftArticles(db: DB): Promise<ArticleListItem[]> {
  return articleList(db).where("a.status", "=", "draft").orderBy("a.updated_at", "desc").execute();
}

/** Articles whose review date has passed (the day itself not yet), oldest first: the moderators' «Skal gennemgås» list. */
export async function listArticlesDueForReview(db: DB, today: string): Promise<ArticleListItem[]> {
  return articleList(db).where("a.review_on", "<", today).orderBy("a.review_on").orderBy("a.title").execute();
}

/** The published article that cites a post of this thread (the newest, if several do). */
export async function findPublishedArticleForThread(
  db: DB,
  threadId: number,
): Promise<{ slug: string; title: string } | undefined> {
  return db
    .selectFrom("knowledge_article as a")
    .where("a.status", "=", "published")
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("article_source as s")
          .innerJoin("post as p", "p.id", "s.post_id")
          .select("s.post_id")
          .whereRef("s.article_id", "=", "a.id")
          .where("p.thread_id", "=", threadId),
      ),
    )
    .select(["a.slug", "a.title"])
    .orderBy("a.published_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Every thread cited by a published article, with that article. The knowledge
 * base is curated by hand and stays small (tens to hundreds of articles), so
 * search reads the whole map once per query instead of joining per candidate.
 * The Meilisearch document builder asks only about the threads it is building.
 */
export async function listPublishedArticleThreads(
  db: DB,
  onlyThreadIds?: number[],
): Promise<Map<number, { slug: string; title: string }>> {
  if (onlyThreadIds?.length === 0) return new Map();
  const rows = await db
    .selectFrom("article_source as s")
    .innerJoin("knowledge_article as a", "a.id", "s.article_id")
    .innerJoin("post as p", "p.id", "s.post_id")
    .where("a.status", "=", "published")
    .$if(onlyThreadIds !== undefined, (q) => q.where("p.thread_id", "in", onlyThreadIds ?? []))
    .select(["p.thread_id", "a.slug", "a.title", "a.published_at"])
    // By id as well, so two articles published in the same millisecond give both backends the same badge.
    .orderBy("a.published_at", "desc")
    .orderBy("a.id", "desc")
    .execute();
  const map = new Map<number, { slug: string; title: string }>();
  for (const row of rows) if (!map.has(row.thread_id)) map.set(row.thread_id, { slug: row.slug, title: row.title });
  return map;
}

/** The thread's posts a moderator can cite: only posts members can read, as the article shows its sources to them. */
export async function listCitablePosts(db: DB, threadIds: number[]) {
  if (threadIds.length === 0) return [];
  const rows = await db
    .selectFrom("post as p")
    .innerJoin("member as m", "m.id", "p.author_id")
    .innerJoin("municipality as mu", "mu.id", "m.municipality_id")
    .where("p.thread_id", "in", threadIds)
    .where(postVisibleToMembers("p"))
    .select(["p.id", "p.body_source", "p.created_at", "m.display_name", "mu.name as municipality_name"])
    .orderBy("p.id")
    .limit(1000)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    excerpt: excerpt(row.body_source, 240),
    createdAt: row.created_at,
    author: row.display_name,
    municipality: row.municipality_name,
  }));
}

/** The choices the article form offers: theme tags and active members as owners. */
export async function listArticleFormOptions(db: DB) {
  const [themes, members] = await Promise.all([
    db.selectFrom("tag").select(["id", "slug", "label"]).where("kind", "=", "theme").orderBy("label").execute(),
    db
      .selectFrom("member")
      .select(["id", "display_name as name"])
      .where("disabled_at", "is", null)
      .orderBy("display_name")
      .execute(),
  ]);
  return { themes, members };
}

/** The threads an existing article cites, so its edit form offers their posts. */
export async function listArticleThreadIds(db: DB, articleId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("article_source as s")
    .innerJoin("post as p", "p.id", "s.post_id")
    .where("s.article_id", "=", articleId)
    .select(sql<number>`distinct p.thread_id`.as("thread_id"))
    .execute();
  return rows.map((row) => row.thread_id);
}

/** Today as YYYY-MM-DD in Danish time, for review dates. */
export function todayInDenmark(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
}

export function addYear(day: string): string {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  return `${year + 1}${rest === "-02-29" ? "-02-28" : rest}`;
}

export async function findArticleIdBySlug(db: DB, slug: string): Promise<number | undefined> {
  return (await db.selectFrom("knowledge_article").select("id").where("slug", "=", slug).executeTakeFirst())?.id;
}
