import type { DB } from "../db.server";
import { checkPersonalData, describePersonalData } from "../privacy/personal-data";
import { BODY_MAX, TITLE_MAX } from "../forms/post-input";
import { draftCopy } from "../copy/everyday";

export const NEW_THREAD_DRAFT = "ny";

export function draftKey(threadId: number | null): string {
  return threadId === null ? NEW_THREAD_DRAFT : `traad:${threadId}`;
}

export interface DraftInput {
  memberId: number;
  threadId: number | null;
  categoryId?: number | null;
  title?: string | null;
  body: string;
  at: string;
}

export type DraftSaveResult = { status: "saved" | "cleared" } | { status: "refused"; message: string };

/**
 * Saves (or, when everything is empty, removes) a member's draft. Drafts pass
 * the same personal-data guard as posts: text with a CPR number is never
 * stored, and the caller shows the refusal while the member's text stays in
 * the browser. E-mail and phone numbers are stored, as the warning before
 * posting still applies.
 */
export async function saveDraft(tx: DB, input: DraftInput): Promise<DraftSaveResult> {
  const title = input.title?.slice(0, TITLE_MAX * 2) ?? null;
  if (input.body.length > BODY_MAX) return { status: "refused", message: draftCopy.tooLong };
  for (const text of [title ?? "", input.body]) {
    if (describePersonalData(checkPersonalData(text), text).error)
      return { status: "refused", message: draftCopy.cprNotStored };
  }
  const key = draftKey(input.threadId);
  if (input.body.trim() === "" && (title ?? "").trim() === "") {
    await deleteDraft(tx, input.memberId, key);
    return { status: "cleared" };
  }
  await tx
    .insertInto("draft")
    .values({
      member_id: input.memberId,
      draft_key: key,
      thread_id: input.threadId,
      category_id: input.categoryId ?? null,
      title,
      body: input.body,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc
        .columns(["member_id", "draft_key"])
        .doUpdateSet({ category_id: input.categoryId ?? null, title, body: input.body, updated_at: input.at }),
    )
    .execute();
  return { status: "saved" };
}

export async function findDraft(db: DB, memberId: number, threadId: number | null) {
  return db
    .selectFrom("draft")
    .where("member_id", "=", memberId)
    .where("draft_key", "=", draftKey(threadId))
    .select(["id", "title", "body", "category_id", "updated_at"])
    .executeTakeFirst();
}

export async function deleteDraft(tx: DB, memberId: number, key: string): Promise<boolean> {
  const result = await tx
    .deleteFrom("draft")
    .where("member_id", "=", memberId)
    .where("draft_key", "=", key)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The member's drafts, newest first, with the thread each reply belongs to. */
export async function listDrafts(db: DB, memberId: number) {
  return db
    .selectFrom("draft")
    .leftJoin("thread", "thread.id", "draft.thread_id")
    .where("draft.member_id", "=", memberId)
    .select([
      "draft.id",
      "draft.draft_key",
      "draft.title",
      "draft.body",
      "draft.updated_at",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
    ])
    .orderBy("draft.updated_at", "desc")
    .execute();
}
