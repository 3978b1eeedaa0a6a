import type { Track } from "../../db/schema";
import type { DB } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { recordNotifyEvent } from "../notifications/events.server";
import { TRACKING, WATCHING, watchThreadByDefault } from "../notifications/watch.server";
import { slugify } from "./slug";
import { tagsForThreads, threadSummaryColumns, type ThreadSummary } from "./thread-list.server";
import { postHiddenReason, postTextFor, postVisibleToMembers } from "./post-visibility.server";
import { compiledOnce } from "./compiled-query.server";
import { postChanged } from "../search/index.server";

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
  await postChanged(tx, post.id);
  // One small row each, whoever watches: the notification worker does the fan-out.
  await watchThreadByDefault(tx, input.authorId, thread.id, WATCHING);
  await recordNotifyEvent(tx, {
    kind: "post_created",
    threadId: thread.id,
    postId: post.id,
    actorId: input.authorId,
    at: input.createdAt,
  });
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
  await postChanged(tx, post.id);
  await watchThreadByDefault(tx, input.authorId, input.threadId, TRACKING);
  await recordNotifyEvent(tx, {
    kind: "post_created",
    threadId: input.threadId,
    postId: post.id,
    actorId: input.authorId,
    at: input.createdAt,
  });
  return { postId: post.id };
}

export interface ThreadDetail extends ThreadSummary {
  solutionPostId: number | null;
}

// Compiled once (see compiled-query.server.ts): the thread page runs this on every view.
const selectThreadDetail = compiledOnce((db: DB, threadId: number) =>
  db
    .selectFrom("thread")
    .innerJoin("category", "category.id", "thread.category_id")
    .innerJoin("municipality", "municipality.id", "thread.municipality_id")
    .innerJoin("member as author", "author.id", "thread.author_id")
    .where("thread.id", "=", threadId)
    .select(threadSummaryColumns),
);

export async function findThread(db: DB, threadId: number): Promise<ThreadDetail | undefined> {
  const [row] = await selectThreadDetail(db, threadId);
  if (!row) return undefined;
  const tags = await tagsForThreads(db, [row.id]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    track: row.track,
    pinned: row.pinned === 1,
    locked: row.locked === 1,
    solutionPostId: row.solution_post_id,
    helpfulCount: row.helpful_count,
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
  deleted: boolean;
  /** Why members cannot read the post: hidden by a moderator, or waiting for one after a personal-data flag. Moderators still get the text. */
  hidden: "moderator" | "flagged" | null;
  helpfulCount: number;
  markedHelpful: boolean;
  author: { id: number; name: string; profession: string; role: string; municipality: { slug: string; name: string } };
}

const selectViewerRole = compiledOnce((db: DB, viewerId: number) =>
  db.selectFrom("member").select(["id", "role"]).where("id", "=", viewerId),
);

// Compiled once: the thread page's main query (see compiled-query.server.ts).
const selectThreadPostRows = compiledOnce((db: DB, threadId: number, viewerId: number, limit: number, offset: number) =>
  db
    .selectFrom("post")
    .innerJoin("member", "member.id", "post.author_id")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .where("post.thread_id", "=", threadId)
    .select((eb) => [
      "post.id",
      "post.body_html",
      "post.created_at",
      "post.edited_at",
      "post.deleted_at",
      "post.helpful_count",
      "member.id as author_id",
      "member.display_name as author_name",
      "member.profession as author_profession",
      "member.role as author_role",
      "municipality.slug as municipality_slug",
      "municipality.name as municipality_name",
      eb
        .exists(
          eb
            .selectFrom("helpful_mark")
            .select("helpful_mark.post_id")
            .whereRef("helpful_mark.post_id", "=", "post.id")
            .where("helpful_mark.member_id", "=", viewerId),
        )
        .as("marked"),
      postHiddenReason("post").as("hidden"),
    ])
    .orderBy("post.id")
    .limit(limit)
    .offset(offset),
);

/**
 * A page of a thread's posts in order; deleted posts keep their place but lose
 * their text, and so do hidden posts unless the viewer is a moderator.
 */
export async function listThreadPosts(
  db: DB,
  threadId: number,
  page: { limit: number; offset: number },
  viewerId: number,
): Promise<ThreadPost[]> {
  // Looked up here rather than passed in, so no caller can forget to hide flagged posts from members.
  const [viewer] = await selectViewerRole(db, viewerId);
  const rows = await selectThreadPostRows(db, threadId, viewerId, page.limit, page.offset);
  return rows.map((row) => {
    const state = { deleted: row.deleted_at !== null, hidden: row.hidden };
    return {
      id: row.id,
      // No viewer row (erased meanwhile) reads as a member: hidden text stays hidden.
      html: postTextFor(viewer ?? { id: viewerId, role: "member" }, state, row.body_html),
      createdAt: row.created_at,
      editedAt: row.edited_at,
      ...state,
      helpfulCount: row.helpful_count,
      markedHelpful: Boolean(row.marked),
      author: {
        id: row.author_id,
        name: row.author_name,
        profession: row.author_profession,
        role: row.author_role,
        municipality: { slug: row.municipality_slug, name: row.municipality_name },
      },
    };
  });
}

export async function findPostSummary(db: DB, postId: number) {
  return (
    db
      .selectFrom("post")
      .innerJoin("member", "member.id", "post.author_id")
      .innerJoin("municipality", "municipality.id", "member.municipality_id")
      .where("post.id", "=", postId)
      // Deleted and hidden posts stay out of solution boxes and quotes too.
      .where(postVisibleToMembers("post"))
      .select([
        "post.id",
        "post.body_html as html",
        "post.body_source as source",
        "member.display_name as author_name",
        "municipality.name as municipality_name",
      ])
      .executeTakeFirst()
  );
}

/** Position (0-based) of a post in its thread, to link to the right page. */
export async function postIndexInThread(db: DB, threadId: number, postId: number): Promise<number> {
  const row = await db
    .selectFrom("post")
    .where("thread_id", "=", threadId)
    .where("id", "<", postId)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countThreadPosts(db: DB, threadId: number): Promise<number> {
  const row = await db
    .selectFrom("post")
    .where("thread_id", "=", threadId)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What a link to the thread needs (threadPath): its id and slug. */
export async function findThreadLink(db: DB, threadId: number): Promise<{ id: number; slug: string } | undefined> {
  return db.selectFrom("thread").select(["id", "slug"]).where("id", "=", threadId).executeTakeFirst();
}

/** The thread's category, for the moderators' «Flyt» control. */
export async function findThreadCategoryId(db: DB, threadId: number): Promise<number | undefined> {
  const row = await db.selectFrom("thread").select("category_id").where("id", "=", threadId).executeTakeFirst();
  return row?.category_id;
}
