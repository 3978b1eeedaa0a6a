import type { Track } from "../../db/schema";
import type { DB } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { slugify } from "./slug";
import { tagsForThreads, type ThreadListTag } from "./thread-list.server";

export interface NewThread {
  title: string;
  categoryId: number;
  authorId: number;
  municipalityId: number;
  track: Track;
  body: string;
  tagIds: number[];
  pinned?: boolean;
  locked?: boolean;
  createdAt: string;
}

/** Inserts a thread with its opening post and tags; call inside a write transaction. */
export async function insertThread(tx: DB, input: NewThread): Promise<{ threadId: number; postId: number }> {
  const thread = await tx
    .insertInto("thread")
    .values({
      slug: slugify(input.title),
      title: input.title,
      category_id: input.categoryId,
      author_id: input.authorId,
      municipality_id: input.municipalityId,
      track: input.track,
      pinned: input.pinned ? 1 : 0,
      locked: input.locked ? 1 : 0,
      reply_count: 0,
      last_post_at: input.createdAt,
      last_post_author_id: input.authorId,
      created_at: input.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const post = await tx
    .insertInto("post")
    .values({
      thread_id: thread.id,
      author_id: input.authorId,
      body_source: input.body,
      body_html: renderMarkdown(input.body),
      created_at: input.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (input.tagIds.length > 0) {
    await tx
      .insertInto("thread_tag")
      .values([...new Set(input.tagIds)].map((tagId) => ({ thread_id: thread.id, tag_id: tagId })))
      .execute();
  }
  return { threadId: thread.id, postId: post.id };
}

/** Inserts a reply and keeps the thread's reply count and last activity right. */
export async function insertReply(
  tx: DB,
  input: { threadId: number; authorId: number; body: string; createdAt: string },
): Promise<{ postId: number }> {
  const post = await tx
    .insertInto("post")
    .values({
      thread_id: input.threadId,
      author_id: input.authorId,
      body_source: input.body,
      body_html: renderMarkdown(input.body),
      created_at: input.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .updateTable("thread")
    .set((eb) => ({
      reply_count: eb("reply_count", "+", 1),
      last_post_at: input.createdAt,
      last_post_author_id: input.authorId,
    }))
    .where("id", "=", input.threadId)
    .execute();
  return { postId: post.id };
}

export interface ThreadDetail {
  id: number;
  slug: string;
  title: string;
  track: Track;
  pinned: boolean;
  locked: boolean;
  replyCount: number;
  createdAt: string;
  lastPostAt: string;
  category: { slug: string; name: string };
  municipality: { slug: string; name: string };
  author: { id: number; name: string };
  tags: ThreadListTag[];
}

export async function findThread(db: DB, threadId: number): Promise<ThreadDetail | undefined> {
  const row = await db
    .selectFrom("thread")
    .innerJoin("category", "category.id", "thread.category_id")
    .innerJoin("municipality", "municipality.id", "thread.municipality_id")
    .innerJoin("member", "member.id", "thread.author_id")
    .where("thread.id", "=", threadId)
    .select([
      "thread.id",
      "thread.slug",
      "thread.title",
      "thread.track",
      "thread.pinned",
      "thread.locked",
      "thread.reply_count",
      "thread.created_at",
      "thread.last_post_at",
      "category.slug as category_slug",
      "category.name as category_name",
      "municipality.slug as municipality_slug",
      "municipality.name as municipality_name",
      "member.id as author_id",
      "member.display_name as author_name",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const tags = await tagsForThreads(db, [row.id]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    track: row.track,
    pinned: row.pinned === 1,
    locked: row.locked === 1,
    replyCount: row.reply_count,
    createdAt: row.created_at,
    lastPostAt: row.last_post_at,
    category: { slug: row.category_slug, name: row.category_name },
    municipality: { slug: row.municipality_slug, name: row.municipality_name },
    author: { id: row.author_id, name: row.author_name },
    tags: tags.get(row.id) ?? [],
  };
}

export interface ThreadPost {
  id: number;
  html: string;
  createdAt: string;
  editedAt: string | null;
  author: { id: number; name: string; profession: string; role: string; municipality: { slug: string; name: string } };
}

export async function listThreadPosts(
  db: DB,
  threadId: number,
  page: { limit: number; offset: number },
): Promise<ThreadPost[]> {
  const rows = await db
    .selectFrom("post")
    .innerJoin("member", "member.id", "post.author_id")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .where("post.thread_id", "=", threadId)
    .select([
      "post.id",
      "post.body_html",
      "post.created_at",
      "post.edited_at",
      "member.id as author_id",
      "member.display_name as author_name",
      "member.profession as author_profession",
      "member.role as author_role",
      "municipality.slug as municipality_slug",
      "municipality.name as municipality_name",
    ])
    .orderBy("post.id")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    html: row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    author: {
      id: row.author_id,
      name: row.author_name,
      profession: row.author_profession,
      role: row.author_role,
      municipality: { slug: row.municipality_slug, name: row.municipality_name },
    },
  }));
}
