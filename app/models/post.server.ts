import type { DB } from "../db.server";
import { renderMarkdown } from "../markdown/render.server";
import { recordNotifyEvent } from "../notifications/events.server";
import { postingRefusal } from "./posting-limits.server";
import { insertReply, insertThread, type NewThread } from "./thread.server";
import { postVisibleToMembers } from "./post-visibility.server";
import { Refusal } from "../refusal";
import { asSentence, notFound } from "../copy/not-found";
import { openingPostIdOf } from "./opening-post.server";
import { postChanged, threadDetailsChanged } from "../search/index.server";
import { lockRowForUpdate } from "../../db/dialect";
import { postRefusals } from "../copy/posting";
export { mayDeletePost } from "./post-rules";

export async function assertCategoryAndTags(tx: DB, categoryId: number, tagIds: number[]): Promise<void> {
  const category = await tx.selectFrom("category").select("id").where("id", "=", categoryId).executeTakeFirst();
  if (!category) throw new Refusal(asSentence(notFound.category));
  if (tagIds.length === 0) return;
  const found = await tx.selectFrom("tag").select("id").where("id", "in", tagIds).execute();
  if (found.length !== tagIds.length) throw new Refusal(postRefusals.tagGone);
}

export async function startThread(tx: DB, input: NewThread) {
  const refusal = await postingRefusal(
    tx,
    { memberId: input.authorId, body: input.body, newThread: true },
    undefined,
    new Date(input.createdAt),
  );
  if (refusal) throw new Refusal(refusal, { status: 429 });
  await assertCategoryAndTags(tx, input.categoryId, input.tagIds);
  return insertThread(tx, input);
}

export async function findThreadState(tx: DB, threadId: number) {
  return tx
    .selectFrom("thread")
    .select(["id", "author_id", "locked", "solution_post_id", "slug"])
    .where("id", "=", threadId)
    .executeTakeFirst();
}

export async function replyToThread(
  tx: DB,
  input: { threadId: number; authorId: number; body: string; createdAt: string },
) {
  const thread = await findThreadState(tx, input.threadId);
  if (!thread) throw new Refusal(asSentence(notFound.thread), { status: 404 });
  if (thread.locked) throw new Refusal(postRefusals.threadLocked, { status: 409 });
  const refusal = await postingRefusal(
    tx,
    { memberId: input.authorId, body: input.body, newThread: false },
    undefined,
    new Date(input.createdAt),
  );
  if (refusal) throw new Refusal(refusal, { status: 429 });
  return insertReply(tx, input);
}

export async function findPostForEdit(tx: DB, postId: number) {
  return tx
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .where("post.id", "=", postId)
    .select([
      "post.id",
      "post.thread_id",
      "post.author_id",
      "post.body_source",
      "post.deleted_at",
      "thread.title",
      "thread.slug",
      "thread.category_id",
      "thread.author_id as thread_author_id",
      "thread.locked",
      openingPostIdOf("post.thread_id").as("first_post_id"),
    ])
    .executeTakeFirst();
}

/** Saves an edit and keeps the previous version as a revision; the opening post may change the thread's title and tags too. */
export async function editPost(
  tx: DB,
  input: { postId: number; editorId: number; body: string; title?: string; tagIds?: number[]; at: string },
): Promise<void> {
  const post = await findPostForEdit(tx, input.postId);
  if (!post || post.deleted_at) throw new Refusal(asSentence(notFound.post), { status: 404 });
  const isOpening = post.first_post_id === post.id;
  const previousTags = isOpening
    ? await tx
        .selectFrom("thread_tag")
        .innerJoin("tag", "tag.id", "thread_tag.tag_id")
        .where("thread_tag.thread_id", "=", post.thread_id)
        .select(["tag.id", "tag.label"])
        .orderBy("tag.label")
        .execute()
    : [];
  const titleChanged = isOpening && input.title !== undefined && input.title !== post.title;
  const tagsChanged =
    isOpening &&
    input.tagIds !== undefined &&
    [...input.tagIds].sort().join(",") !==
      previousTags
        .map((t) => t.id)
        .sort()
        .join(",");
  if (input.body === post.body_source && !titleChanged && !tagsChanged) return;

  await tx
    .insertInto("post_revision")
    .values({
      post_id: post.id,
      editor_id: input.editorId,
      body_source: post.body_source,
      title: titleChanged ? post.title : null,
      tags: tagsChanged ? JSON.stringify(previousTags.map((t) => t.label)) : null,
      created_at: input.at,
    })
    .execute();
  await tx
    .updateTable("post")
    .set({ body_source: input.body, body_html: renderMarkdown(input.body), edited_at: input.at })
    .where("id", "=", post.id)
    .execute();
  if (titleChanged && input.title !== undefined) {
    await tx.updateTable("thread").set({ title: input.title }).where("id", "=", post.thread_id).execute();
  }
  // The opening post's index row carries the title too, so this covers a title change.
  await postChanged(tx, post.id);
  if (tagsChanged && input.tagIds !== undefined) {
    await assertCategoryAndTags(tx, post.category_id, input.tagIds);
    await tx.deleteFrom("thread_tag").where("thread_id", "=", post.thread_id).execute();
    if (input.tagIds.length > 0)
      await tx
        .insertInto("thread_tag")
        .values(input.tagIds.map((tagId) => ({ thread_id: post.thread_id, tag_id: tagId })))
        .execute();
  }
}

/**
 * Recomputes the thread's counters from the posts visible to members, so deleting,
 * hiding or flagging a post can never leave them wrong or name a hidden post's author as the last to write.
 */
export async function refreshThreadCounters(tx: DB, threadId: number): Promise<void> {
  const visible = await tx
    .selectFrom("post")
    .where("thread_id", "=", threadId)
    .where(postVisibleToMembers("post"))
    .select(["id", "author_id", "created_at", "helpful_count"])
    .orderBy("id")
    .execute();
  const opening = await tx
    .selectFrom("post")
    .where("thread_id", "=", threadId)
    .select(["id", "author_id", "created_at"])
    .orderBy("id")
    .executeTakeFirst();
  const last = visible[visible.length - 1] ?? opening;
  if (!opening || !last) return;
  await tx
    .updateTable("thread")
    .set({
      reply_count: visible.filter((post) => post.id !== opening.id).length,
      last_post_at: last.created_at,
      last_post_author_id: last.author_id,
      helpful_count: visible.reduce((sum, post) => sum + post.helpful_count, 0),
    })
    .where("id", "=", threadId)
    .execute();
}

/** Soft-deletes a post ("Indlægget er slettet"); the opening post stays while the thread has replies. */
export async function deletePost(tx: DB, postId: number, at: string, deletedById: number | null = null): Promise<void> {
  const post = await findPostForEdit(tx, postId);
  if (!post || post.deleted_at) throw new Refusal(asSentence(notFound.post), { status: 404 });
  if (post.first_post_id === post.id) {
    const replies = await tx
      .selectFrom("post")
      .where("thread_id", "=", post.thread_id)
      .where("id", "!=", post.id)
      .where("deleted_at", "is", null)
      .select("id")
      .limit(1)
      .execute();
    if (replies.length > 0) throw new Refusal(postRefusals.openingWithReplies, { status: 409 });
  }
  await tx.updateTable("post").set({ deleted_at: at, deleted_by_id: deletedById }).where("id", "=", post.id).execute();
  await postChanged(tx, post.id);
  await tx
    .updateTable("thread")
    .set({ solution_post_id: null })
    .where("id", "=", post.thread_id)
    .where("solution_post_id", "=", post.id)
    .execute();
  await refreshThreadCounters(tx, post.thread_id);
}

/** Whether `memberId` may still take back this deletion ("Fortryd"): the one who deleted, within the undo window. */
export function canUndoDelete(
  post: { deleted_at: string | null; deleted_by_id: number | null },
  memberId: number,
  now: Date,
  undoMinutes: number,
): boolean {
  if (!post.deleted_at || post.deleted_by_id !== memberId) return false;
  return now.getTime() - Date.parse(post.deleted_at) <= undoMinutes * 60_000;
}

/** Brings back a post deleted by `memberId` within the undo window. */
export async function restoreDeletedPost(
  tx: DB,
  input: { postId: number; memberId: number; now: Date; undoMinutes: number },
): Promise<void> {
  const post = await tx
    .selectFrom("post")
    .select(["id", "thread_id", "deleted_at", "deleted_by_id"])
    .where("id", "=", input.postId)
    .executeTakeFirst();
  if (!post || !post.deleted_at) throw new Refusal(postRefusals.notDeleted, { status: 409 });
  if (!canUndoDelete(post, input.memberId, input.now, input.undoMinutes))
    throw new Refusal(`Sletningen kan kun fortrydes i ${input.undoMinutes} minutter, af den der slettede.`, {
      status: 403,
    });
  await tx.updateTable("post").set({ deleted_at: null, deleted_by_id: null }).where("id", "=", post.id).execute();
  await postChanged(tx, post.id);
  await refreshThreadCounters(tx, post.thread_id);
}

/** Marks or unmarks a post as helpful for one member; returns whether it is now marked. */
export async function toggleHelpful(tx: DB, postId: number, memberId: number, at: string): Promise<boolean> {
  const post = await tx
    .selectFrom("post")
    .select(["id", "thread_id", "author_id", "deleted_at"])
    .where("id", "=", postId)
    .executeTakeFirst();
  if (!post || post.deleted_at) throw new Refusal(asSentence(notFound.post), { status: 404 });
  if (post.author_id === memberId) throw new Refusal(postRefusals.ownHelpful);
  const removed = await tx
    .deleteFrom("helpful_mark")
    .where("post_id", "=", postId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  const marked = Number(removed.numDeletedRows) === 0;
  if (marked) {
    await tx.insertInto("helpful_mark").values({ post_id: postId, member_id: memberId, created_at: at }).execute();
    await recordNotifyEvent(tx, { kind: "helpful", threadId: post.thread_id, postId, actorId: memberId, at });
  }
  await tx
    .updateTable("post")
    .set((eb) => ({
      helpful_count: eb
        .selectFrom("helpful_mark")
        .where("post_id", "=", postId)
        .select((e) => e.fn.countAll<number>().as("n")),
    }))
    .where("id", "=", postId)
    .execute();
  await refreshThreadCounters(tx, post.thread_id);
  return marked;
}

/** Sets (or with null clears) the accepted answer; only a reply in the same thread qualifies. */
export async function setSolution(
  tx: DB,
  threadId: number,
  postId: number | null,
  actorId: number | null = null,
): Promise<void> {
  if (postId !== null) {
    const post = await findPostForEdit(tx, postId);
    if (!post || post.thread_id !== threadId || post.deleted_at)
      throw new Refusal(asSentence(notFound.postInThread), { status: 404 });
    if (post.first_post_id === post.id) throw new Refusal(postRefusals.questionAsSolution);
  }
  await lockRowForUpdate(tx, "thread", threadId);
  const before = await tx.selectFrom("thread").select("solution_post_id").where("id", "=", threadId).executeTakeFirst();
  await tx.updateTable("thread").set({ solution_post_id: postId }).where("id", "=", threadId).execute();
  await threadDetailsChanged(tx, threadId);
  if (postId !== null && before?.solution_post_id !== postId)
    await recordNotifyEvent(tx, { kind: "solution", threadId, postId, actorId });
}

export async function listRevisions(db: DB, postId: number) {
  return db
    .selectFrom("post_revision")
    .innerJoin("member", "member.id", "post_revision.editor_id")
    .where("post_revision.post_id", "=", postId)
    .select([
      "post_revision.id",
      "post_revision.body_source",
      "post_revision.title",
      "post_revision.tags",
      "post_revision.created_at",
      "member.display_name as editor_name",
    ])
    .orderBy("post_revision.id", "desc")
    .execute();
}

/** Of these posts, the ones `memberId` deleted recently enough to undo, for «Fortryd» on the thread page. */
export async function listUndoableDeletions(
  db: DB,
  memberId: number,
  postIds: number[],
  now: Date,
  undoMinutes: number,
): Promise<number[]> {
  if (postIds.length === 0) return [];
  const since = new Date(now.getTime() - undoMinutes * 60_000).toISOString();
  const rows = await db
    .selectFrom("post")
    .select("id")
    .where("id", "in", postIds)
    .where("deleted_by_id", "=", memberId)
    .where("deleted_at", ">=", since)
    .execute();
  return rows.map((row) => row.id);
}

/** Who deleted a post and when, with its thread's reply count, for the delete confirmation page. */
export async function findPostDeletion(db: DB, postId: number) {
  return db
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .select(["post.deleted_at", "post.deleted_by_id", "thread.reply_count"])
    .where("post.id", "=", postId)
    .executeTakeFirstOrThrow();
}
