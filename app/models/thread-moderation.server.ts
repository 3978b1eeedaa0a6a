import { recordNotifyEvent } from "../notifications/events.server";
import type { DB } from "../db.server";
import { recordAdminEvent } from "./admin-event.server";
import { refreshThreadCounters } from "./post.server";
import { slugify } from "./slug";
import { Refusal } from "../refusal";
import { canChangeThreadState, canMoveTrack, type Actor } from "../auth/permissions";
import { threadModerationCopy as copy } from "../copy/thread-moderation";
import { writeTransaction } from "../db.server";
import type { Thread, Track } from "../../db/schema";
import { moveThreadTrack } from "./track.server";
import { postChanged, threadChanged, threadDetailsChanged, threadRemoved } from "../search/index.server";

async function threadOrFail(tx: DB, threadId: number) {
  const thread = await tx.selectFrom("thread").selectAll().where("id", "=", threadId).executeTakeFirst();
  if (!thread) throw new Refusal(copy.threadNotFound);
  return thread;
}

/** What a moderator can do to a thread from its page. */
export type ThreadModeration =
  | { intent: "lock" | "unlock" | "pin" | "unpin" }
  | { intent: "category"; categoryId: number }
  | { intent: "merge"; target: string };

/**
 * A moderator's change from the thread page, in one transaction. Answers the
 * thread the page should show next: the same thread, or the one it was merged into.
 */
export async function moderateThread(
  db: DB,
  actor: Actor,
  threadId: number,
  command: ThreadModeration,
): Promise<Pick<Thread, "id" | "slug">> {
  if (!canChangeThreadState(actor)) throw new Refusal(copy.moderatorsOnly, { status: 403 });
  if (command.intent === "merge") {
    const targetId = mergeTargetId(command.target);
    if (targetId === null) throw new Refusal(copy.mergeTargetMissing);
    await writeTransaction(db, (tx) => mergeThreads(tx, { sourceId: threadId, targetId, actorId: actor.id }));
    return threadOrFail(db, targetId);
  }
  const change =
    command.intent === "category"
      ? { categoryId: command.categoryId }
      : command.intent === "lock" || command.intent === "unlock"
        ? { locked: command.intent === "lock" }
        : { pinned: command.intent === "pin" };
  await writeTransaction(db, (tx) => setThreadState(tx, { threadId, actorId: actor.id, change }));
  return threadOrFail(db, threadId);
}

/** The thread a moderator points at by its id or its address (`12`, `/t/12-slug`, a full URL). */
function mergeTargetId(target: string): number | null {
  const id = Number(/(?:^|\/t\/)(\d+)/.exec(target.trim())?.[1]);
  return Number.isSafeInteger(id) && id >= 1 ? id : null;
}

/**
 * Moves a thread to another track; the author or a moderator may. A move by
 * someone other than the author goes into the audit log.
 */
export async function moveThreadToTrack(
  db: DB,
  actor: Actor,
  thread: Pick<Thread, "id" | "author_id">,
  to: Track,
): Promise<void> {
  if (!canMoveTrack(actor, thread)) throw new Refusal(copy.trackRefused, { status: 403 });
  await writeTransaction(db, async (tx) => {
    const from = await moveThreadTrack(tx, { threadId: thread.id, actorId: actor.id, to });
    if (from && thread.author_id !== actor.id) {
      await recordAdminEvent(tx, {
        actorId: actor.id,
        action: "thread.track_changed",
        targetType: "thread",
        targetId: thread.id,
        detail: { before: from, after: to },
      });
    }
  });
}

/** Lock, unlock, pin, unpin or move a thread to another category, with an audit record. */
export async function setThreadState(
  tx: DB,
  input: {
    threadId: number;
    actorId: number;
    change: { locked: boolean } | { pinned: boolean } | { categoryId: number };
  },
): Promise<void> {
  const thread = await threadOrFail(tx, input.threadId);
  const { change } = input;
  if ("locked" in change) {
    await tx
      .updateTable("thread")
      .set({ locked: change.locked ? 1 : 0 })
      .where("id", "=", thread.id)
      .execute();
    await recordAdminEvent(tx, {
      actorId: input.actorId,
      action: change.locked ? "thread.locked" : "thread.unlocked",
      targetType: "thread",
      targetId: thread.id,
    });
  } else if ("pinned" in change) {
    await tx
      .updateTable("thread")
      .set({ pinned: change.pinned ? 1 : 0 })
      .where("id", "=", thread.id)
      .execute();
    await recordAdminEvent(tx, {
      actorId: input.actorId,
      action: change.pinned ? "thread.pinned" : "thread.unpinned",
      targetType: "thread",
      targetId: thread.id,
    });
  } else {
    const category = await tx
      .selectFrom("category")
      .select("id")
      .where("id", "=", change.categoryId)
      .executeTakeFirst();
    if (!category) throw new Refusal(copy.categoryNotFound);
    await tx.updateTable("thread").set({ category_id: category.id }).where("id", "=", thread.id).execute();
    if (category.id !== thread.category_id) {
      await recordNotifyEvent(tx, {
        kind: "moderation",
        threadId: thread.id,
        actorId: input.actorId,
        data: { action: "thread_moved", memberIds: [thread.author_id] },
      });
    }
    await recordAdminEvent(tx, {
      actorId: input.actorId,
      action: "thread.category_changed",
      targetType: "thread",
      targetId: thread.id,
      detail: { before: thread.category_id, after: category.id },
    });
  }
  await threadDetailsChanged(tx, thread.id);
}

/**
 * Moves every post of `sourceId` into `targetId` (kept in time order by id),
 * carries the tags over and removes the emptied thread. Counters are recomputed.
 */
export async function mergeThreads(
  tx: DB,
  input: { sourceId: number; targetId: number; actorId: number },
): Promise<void> {
  if (input.sourceId === input.targetId) throw new Refusal(copy.mergeWithItself);
  const source = await threadOrFail(tx, input.sourceId);
  const target = await threadOrFail(tx, input.targetId);
  const moved = await tx.selectFrom("post").select("id").where("thread_id", "=", source.id).execute();
  await tx.updateTable("post").set({ thread_id: target.id }).where("thread_id", "=", source.id).execute();
  const sourceTags = await tx.selectFrom("thread_tag").select("tag_id").where("thread_id", "=", source.id).execute();
  if (sourceTags.length > 0) {
    await tx
      .insertInto("thread_tag")
      .values(sourceTags.map((t) => ({ thread_id: target.id, tag_id: t.tag_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  if (!target.solution_post_id && source.solution_post_id)
    await tx
      .updateTable("thread")
      .set({ solution_post_id: source.solution_post_id })
      .where("id", "=", target.id)
      .execute();
  await deleteThreadRows(tx, source.id);
  await refreshThreadCounters(tx, target.id);
  // The merged-in opening post is now a reply: its index row must lose the old title.
  for (const post of moved) await postChanged(tx, post.id);
  await threadChanged(tx, source.id);
  await threadRemoved(tx, source.id, moved[0]?.id ?? 0);
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "thread.merged",
    targetType: "thread",
    targetId: target.id,
    detail: { mergedThreadId: source.id, mergedTitle: source.title, posts: moved.length },
  });
}

/** Moves the chosen replies into a new thread with its own title, in the same category and track. */
export async function splitThread(
  tx: DB,
  input: { threadId: number; postIds: number[]; title: string; actorId: number },
): Promise<number> {
  const thread = await threadOrFail(tx, input.threadId);
  const posts = await tx
    .selectFrom("post")
    .select(["id", "author_id", "created_at"])
    .where("thread_id", "=", thread.id)
    .orderBy("id")
    .execute();
  const opening = posts[0];
  const chosen = posts.filter((post) => input.postIds.includes(post.id) && post.id !== opening?.id);
  if (chosen.length === 0) throw new Refusal(copy.splitNothingChosen);
  const first = chosen[0]!;
  const created = await tx
    .insertInto("thread")
    .values({
      slug: slugify(input.title),
      title: input.title,
      category_id: thread.category_id,
      author_id: first.author_id,
      municipality_id: (
        await tx
          .selectFrom("member")
          .select("municipality_id")
          .where("id", "=", first.author_id)
          .executeTakeFirstOrThrow()
      ).municipality_id,
      track: thread.track,
      last_post_at: first.created_at,
      last_post_author_id: first.author_id,
      created_at: first.created_at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .updateTable("post")
    .set({ thread_id: created.id })
    .where(
      "id",
      "in",
      chosen.map((p) => p.id),
    )
    .execute();
  if (thread.solution_post_id && chosen.some((p) => p.id === thread.solution_post_id)) {
    await tx.updateTable("thread").set({ solution_post_id: null }).where("id", "=", thread.id).execute();
  }
  await refreshThreadCounters(tx, thread.id);
  await refreshThreadCounters(tx, created.id);
  for (const post of chosen) await postChanged(tx, post.id);
  await threadChanged(tx, thread.id);
  await threadDetailsChanged(tx, thread.id);
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "thread.split",
    targetType: "thread",
    targetId: thread.id,
    detail: { newThreadId: created.id, posts: chosen.length },
  });
  return created.id;
}

/** Rows that only point at the thread go with it; later features add their own tables here. */
async function deleteThreadRows(tx: DB, threadId: number): Promise<void> {
  for (const table of ["thread_tag", "mentor_claim", "thread_track_change", "thread_similar"] as const) {
    await tx.deleteFrom(table).where("thread_id", "=", threadId).execute();
  }
  await tx.updateTable("onboarding_step").set({ thread_id: null }).where("thread_id", "=", threadId).execute();
  await tx.deleteFrom("thread").where("id", "=", threadId).execute();
}
