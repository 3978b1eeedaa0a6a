import { recordNotifyEvent } from "../notifications/events.server";
import { z } from "zod";
import type { FlagReason, FlagResolution } from "../../db/schema";
import type { DB } from "../db.server";
import { cleanMultiline, hasInvalidCharacters, INVALID_CHARACTERS_MESSAGE } from "../forms/clean-text";
import { personalDataError } from "../privacy/personal-data.server";
import { recordAdminEvent } from "./admin-event.server";
import { refreshThreadCounters } from "./post.server";
import { MAX_OPEN_HIDING_FLAGS } from "./flag-limits";
import { Refusal } from "../refusal";
import { asSentence, notFound } from "../copy/not-found";
import { postChanged } from "../search/index.server";
import { flagFormCopy } from "../copy/flags";

export const FLAG_NOTE_MAX = 500;

export const flagInputSchema = z
  .object({
    reason: z.enum(["personal_data", "inappropriate", "off_topic", "other"], {
      errorMap: () => ({ message: flagFormCopy.chooseReason }),
    }),
    note: z
      .string()
      .max(FLAG_NOTE_MAX, flagFormCopy.noteTooLong(FLAG_NOTE_MAX))
      .refine((note) => !hasInvalidCharacters(note), INVALID_CHARACTERS_MESSAGE)
      .transform((note) => cleanMultiline(note).trim())
      .optional(),
  })
  .superRefine((input, ctx) => {
    if (input.reason === "other" && !input.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: flagFormCopy.noteRequired });
    if (input.note) {
      // The note is stored and shown to moderators: it must not become a second copy of a CPR number.
      const error = personalDataError(input.note);
      if (error) ctx.addIssue({ code: "custom", path: ["note"], message: error });
    }
  });

export type FlagInput = z.infer<typeof flagInputSchema>;

/** After a post was hidden or shown again: search and the thread's counters follow the visibility rule. */
async function postVisibilityChanged(tx: DB, postId: number): Promise<void> {
  await postChanged(tx, postId);
  const post = await tx.selectFrom("post").select("thread_id").where("id", "=", postId).executeTakeFirst();
  if (post) await refreshThreadCounters(tx, post.thread_id);
}

/** Files a flag; one open flag per member per post. `hidesPost` says whether it hid the post from members. */
export async function createFlag(
  tx: DB,
  input: FlagInput & { postId: number; memberId: number; at: string },
): Promise<{ id: number; hidesPost: boolean }> {
  const post = await tx
    .selectFrom("post")
    .select(["id", "deleted_at"])
    .where("id", "=", input.postId)
    .executeTakeFirst();
  if (!post || post.deleted_at) throw new Refusal(asSentence(notFound.post), { status: 404 });
  const open = await tx
    .selectFrom("post_flag")
    .select("id")
    .where("post_id", "=", input.postId)
    .where("member_id", "=", input.memberId)
    .where("resolved_at", "is", null)
    .executeTakeFirst();
  if (open) throw new Refusal(flagFormCopy.alreadyFlagged, { status: 409 });
  const hidesPost =
    input.reason === "personal_data" && (await countOpenHidingFlags(tx, input.memberId)) < MAX_OPEN_HIDING_FLAGS;
  const row = await tx
    .insertInto("post_flag")
    .values({
      post_id: input.postId,
      member_id: input.memberId,
      reason: input.reason,
      note: input.note || null,
      created_at: input.at,
      hides_post: hidesPost ? 1 : 0,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // A personal-data flag takes the text out of search at once, as it does out of the thread.
  await postVisibilityChanged(tx, input.postId);
  return { id: row.id, hidesPost };
}

/** The member's open personal-data flags that are hiding a post right now. */
export async function countOpenHidingFlags(db: DB, memberId: number): Promise<number> {
  const row = await db
    .selectFrom("post_flag")
    .where("member_id", "=", memberId)
    .where("reason", "=", "personal_data")
    .where("resolved_at", "is", null)
    .where("hides_post", "=", 1)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findOpenFlag(db: DB, flagId: number) {
  return db
    .selectFrom("post_flag")
    .selectAll()
    .where("id", "=", flagId)
    .where("resolved_at", "is", null)
    .executeTakeFirst();
}

/** The review queue: open flags, oldest first, each with its post in context. */
export async function listOpenFlags(db: DB, limit = 100) {
  return db
    .selectFrom("post_flag")
    .innerJoin("post", "post.id", "post_flag.post_id")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .innerJoin("member as author", "author.id", "post.author_id")
    .innerJoin("member as flagger", "flagger.id", "post_flag.member_id")
    .where("post_flag.resolved_at", "is", null)
    .select((eb) => [
      "post_flag.id",
      "post_flag.reason",
      "post_flag.note",
      "post_flag.created_at",
      "post.id as post_id",
      // Shown rendered to moderators only (the queue is theirs): flagged text may be hidden from members.
      "post.body_html",
      "post.deleted_at as post_deleted_at",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
      "author.display_name as author_name",
      "flagger.display_name as flagger_name",
      eb
        .exists(
          eb.selectFrom("post_hidden").select("post_hidden.post_id").whereRef("post_hidden.post_id", "=", "post.id"),
        )
        .as("hidden"),
    ])
    .orderBy("post_flag.created_at")
    .orderBy("post_flag.id")
    .limit(limit)
    .execute();
}

/** Closes every open flag on a post; returns the reasons they were filed for (for the audit record). */
export async function closeFlags(
  tx: DB,
  input: { postId: number; moderatorId: number; resolution: FlagResolution; at: string },
): Promise<FlagReason[]> {
  const open = await tx
    .selectFrom("post_flag")
    .select(["reason", "member_id"])
    .where("post_id", "=", input.postId)
    .where("resolved_at", "is", null)
    .execute();
  if (open.length > 0) {
    const post = await tx.selectFrom("post").select("thread_id").where("id", "=", input.postId).executeTakeFirst();
    await recordNotifyEvent(tx, {
      kind: "moderation",
      threadId: post?.thread_id ?? null,
      postId: input.postId,
      actorId: input.moderatorId,
      data: { action: "flag_handled", memberIds: [...new Set(open.map((flag) => flag.member_id))] },
      at: input.at,
    });
  }
  await tx
    .updateTable("post_flag")
    .set({ resolved_at: input.at, resolved_by_id: input.moderatorId, resolution: input.resolution })
    .where("post_id", "=", input.postId)
    .where("resolved_at", "is", null)
    .execute();
  return [...new Set(open.map((flag) => flag.reason))];
}

/** The flags were unfounded: closed, and a post hidden only by a personal-data flag is visible again. */
export async function dismissFlags(tx: DB, input: { postId: number; moderatorId: number; at: string }): Promise<void> {
  const reasons = await closeFlags(tx, { ...input, resolution: "dismissed" });
  await postVisibilityChanged(tx, input.postId);
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "flag.dismissed",
      targetType: "post",
      targetId: input.postId,
      detail: { reasons },
    },
    new Date(input.at),
  );
}

/** Hides a post from members ("Indlægget er skjult af en moderator.") and closes its flags. */
export async function hidePost(tx: DB, input: { postId: number; moderatorId: number; at: string }): Promise<void> {
  await tx
    .insertInto("post_hidden")
    .values({ post_id: input.postId, hidden_by_id: input.moderatorId, hidden_at: input.at })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const post = await tx
    .selectFrom("post")
    .select(["thread_id", "author_id"])
    .where("id", "=", input.postId)
    .executeTakeFirst();
  if (post) {
    await recordNotifyEvent(tx, {
      kind: "moderation",
      threadId: post.thread_id,
      postId: input.postId,
      actorId: input.moderatorId,
      data: { action: "post_hidden", memberIds: [post.author_id] },
      at: input.at,
    });
  }
  const reasons = await closeFlags(tx, { ...input, resolution: "hidden" });
  await postVisibilityChanged(tx, input.postId);
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "post.hidden",
      targetType: "post",
      targetId: input.postId,
      detail: { reasons },
    },
    new Date(input.at),
  );
}

export const warningNoteSchema = z
  .string({ required_error: flagFormCopy.warningRequired })
  .max(2000, flagFormCopy.warningTooLong)
  .transform((note) => cleanMultiline(note).trim())
  .pipe(z.string().min(1, flagFormCopy.warningRequired))
  // The author sees the note on their profile; it must not carry a CPR number there.
  .superRefine((note, ctx) => {
    const error = personalDataError(note);
    if (error) ctx.addIssue({ code: "custom", message: error });
  });

/** A private note to the post's author, shown on their profile; closes the post's flags. */
export async function warnAuthor(
  tx: DB,
  input: { postId: number; moderatorId: number; note: string; at: string },
): Promise<void> {
  const post = await tx
    .selectFrom("post")
    .select(["id", "author_id"])
    .where("id", "=", input.postId)
    .executeTakeFirst();
  if (!post) throw new Refusal(asSentence(notFound.post), { status: 404 });
  await tx
    .insertInto("moderator_warning")
    .values({
      member_id: post.author_id,
      post_id: post.id,
      moderator_id: input.moderatorId,
      note: input.note,
      created_at: input.at,
    })
    .execute();
  await recordNotifyEvent(tx, {
    kind: "moderation",
    postId: post.id,
    actorId: input.moderatorId,
    data: { action: "warning", memberIds: [post.author_id] },
    at: input.at,
  });
  const reasons = await closeFlags(tx, { ...input, resolution: "warned" });
  // Closing a personal-data flag shows the post again, so search and counters must follow.
  await postVisibilityChanged(tx, input.postId);
  // The note itself stays out of the append-only record: it may quote the post.
  await recordAdminEvent(
    tx,
    {
      actorId: input.moderatorId,
      action: "member.warned",
      targetType: "post",
      targetId: input.postId,
      detail: { memberId: post.author_id, reasons },
    },
    new Date(input.at),
  );
}

export async function listWarningsForMember(db: DB, memberId: number) {
  return db
    .selectFrom("moderator_warning")
    .leftJoin("post", "post.id", "moderator_warning.post_id")
    .leftJoin("thread", "thread.id", "post.thread_id")
    .where("moderator_warning.member_id", "=", memberId)
    .select([
      "moderator_warning.id",
      "moderator_warning.note",
      "moderator_warning.created_at",
      "moderator_warning.post_id",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
    ])
    .orderBy("moderator_warning.id", "desc")
    .execute();
}

/** Shows a post hidden by a moderator to members again, and puts it back in search. */
export async function unhidePost(tx: DB, input: { postId: number; moderatorId: number; at: string }): Promise<void> {
  await tx.deleteFrom("post_hidden").where("post_id", "=", input.postId).execute();
  await postVisibilityChanged(tx, input.postId);
  await recordAdminEvent(
    tx,
    { actorId: input.moderatorId, action: "post.unhidden", targetType: "post", targetId: input.postId },
    new Date(input.at),
  );
}
