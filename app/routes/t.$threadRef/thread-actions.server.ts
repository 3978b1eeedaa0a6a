import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import type { CurrentMember } from "../../auth/guards.server";
import {
  canChangeThreadState,
  canChooseSolution,
  canDeletePost,
  canMoveTrack,
  canUnhidePost,
} from "../../auth/permissions";
import { postAnchor, threadPath } from "../../models/thread-path";
import { getDb, writeTransaction, type DB } from "../../db.server";
import { bodySchema, trackSchema, type FieldErrors } from "../../forms/post-input";
import { personalDataIssue } from "../../privacy/personal-data.server";
import { recordAdminEvent } from "../../models/admin-event.server";
import { mergeThreads, setThreadState } from "../../models/moderation.server";
import { moveThreadTrack } from "../../models/track.server";
import { renderMarkdown } from "../../markdown/render.server";
import { postIndexInThread } from "../../models/thread.server";
import {
  deletePost,
  findPostForEdit,
  findThreadState,
  replyToThread,
  setSolution,
  toggleHelpful,
} from "../../models/post.server";
import { readForm } from "../../forms/read-form.server";
import { StorageFaultError } from "../../storage-fault.server";
import { MAX_MENTIONS_NOTIFIED, mentionedHandles } from "../../notifications/mentions";
import { createFlag, flagInputSchema, unhidePost } from "../../models/flag.server";
import type { FlagResult } from "./flag-form";
import { deleteDraft, draftKey } from "../../models/draft.server";
import { findQuote } from "../../models/quote.server";
import { insertQuote } from "../../forms/quote";
import { quoteCopy } from "../../copy/everyday";
import { invariantResponse } from "../../invariant";
import { isRefusal, Refusal } from "../../refusal";

export const POSTS_PER_PAGE = 100;

/** After a post naming more members than are notified, the thread page says so (?omtalte=<how many were named>). */
function mentionStormNotice(body: string): URLSearchParams {
  const named = mentionedHandles(body).length;
  return new URLSearchParams(named > MAX_MENTIONS_NOTIFIED ? { omtalte: String(named) } : {});
}

const postIdSchema = z.coerce.number().int().positive();

export interface ReplyResult {
  intent: "reply" | "preview";
  body: string;
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  previewHtml: string | null;
  error: string | null;
  /** Set when the page comes back from «Citér» without JavaScript, with the quote added to the text. */
  quotedPostId?: number;
}

function replyResult(partial: Partial<ReplyResult> & { body: string }, status = 400) {
  return json<ReplyResult>(
    { intent: "reply", fieldErrors: {}, personalDataWarning: null, previewHtml: null, error: null, ...partial },
    { status },
  );
}

/** Every action on the thread page: reply, preview, helpful, solution, delete and moving the thread to another track. */
export async function handleThreadAction(request: Request, member: CurrentMember, threadId: number) {
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "reply");
  const db = getDb();
  const thread = await findThreadState(db, threadId);
  invariantResponse(thread, "Tråden findes ikke", { status: 404 });
  const back = threadPath(thread);
  const now = new Date().toISOString();

  try {
    // «Citér» without JavaScript submits the reply form: keep what was typed and add the quote after it.
    if (form.has("quotePostId")) {
      const typed = String(form.get("body") ?? "").slice(0, 60_000);
      const quotedId = postIdSchema.safeParse(form.get("quotePostId"));
      const quote = quotedId.success ? await findQuote(db, quotedId.data) : undefined;
      if (!quote) return replyResult({ body: typed, error: quoteCopy.notFound }, 404);
      return replyResult({ body: insertQuote(typed, quote.text).text, quotedPostId: quote.id }, 200);
    }
    if (intent === "reply" || intent === "preview") {
      const raw = typeof form.get("body") === "string" ? String(form.get("body")) : "";
      const parsed = bodySchema.safeParse(raw);
      const kept = raw.slice(0, 60_000);
      if (!parsed.success)
        return replyResult({ body: kept, fieldErrors: { body: parsed.error.issues.map((i) => i.message) } });
      if (intent === "preview")
        return replyResult({ intent: "preview", body: kept, previewHtml: renderMarkdown(parsed.data) }, 200);
      const guard = personalDataIssue(
        [{ field: "body", value: parsed.data }],
        form.get("confirmPersonalData") === "yes",
      );
      if (guard.fieldErrors.body || guard.warning)
        return replyResult(
          { body: kept, fieldErrors: guard.fieldErrors, personalDataWarning: guard.warning },
          guard.fieldErrors.body ? 400 : 409,
        );
      if (thread.locked) return replyResult({ body: kept, error: "Tråden er låst og tager ikke imod nye svar." }, 409);
      const { postId } = await writeTransaction(db, async (tx) => {
        const posted = await replyToThread(tx, { threadId, authorId: member.id, body: parsed.data, createdAt: now });
        await deleteDraft(tx, member.id, draftKey(threadId));
        return posted;
      });
      return redirect(await postLocation(threadId, back, postId, mentionStormNotice(parsed.data)));
    }

    if (["lock", "unlock", "pin", "unpin", "category", "merge"].includes(intent)) {
      if (!canChangeThreadState(member)) throw new Response("Kun moderatorer kan gøre det.", { status: 403 });
      return await moderateThread(db, member.id, thread.id, intent, form, back);
    }

    if (intent === "track") {
      const to = trackSchema.safeParse(form.get("track"));
      if (!to.success) throw new Response("Ukendt spor", { status: 400 });
      if (!canMoveTrack(member, thread))
        throw new Response("Kun trådens forfatter eller en moderator kan flytte tråden.", { status: 403 });
      await writeTransaction(db, async (tx) => {
        const from = await moveThreadTrack(tx, { threadId, actorId: member.id, to: to.data });
        if (from && thread.author_id !== member.id) {
          await recordAdminEvent(tx, {
            actorId: member.id,
            action: "thread.track_changed",
            targetType: "thread",
            targetId: threadId,
            detail: { before: from, after: to.data },
          });
        }
      });
      return redirect(back);
    }

    const postId = postIdSchema.safeParse(form.get("postId"));
    if (!postId.success) throw new Response("Ugyldigt indlæg", { status: 400 });
    if (intent === "helpful") {
      await writeTransaction(db, (tx) => toggleHelpful(tx, postId.data, member.id, now));
      return redirect(threadPath(thread, postId.data));
    }
    if (intent === "solution" || intent === "unsolution") {
      if (!canChooseSolution(member, thread))
        throw new Response("Kun trådens forfatter eller en moderator kan vælge løsningen.", { status: 403 });
      await writeTransaction(db, (tx) =>
        setSolution(tx, threadId, intent === "solution" ? postId.data : null, member.id),
      );
      return redirect(threadPath(thread, postId.data));
    }
    if (intent === "unhide") {
      if (!canUnhidePost(member))
        throw new Response("Kun moderatorer kan vise et skjult indlæg igen.", { status: 403 });
      await writeTransaction(db, (tx) => unhidePost(tx, { postId: postId.data, moderatorId: member.id, at: now }));
      return redirect(threadPath(thread, postId.data));
    }
    if (intent === "flag") {
      const raw = { reason: String(form.get("reason") ?? ""), note: String(form.get("note") ?? "").slice(0, 2_000) };
      const refused = (fields: Partial<FlagResult>, status: number) =>
        json<FlagResult>(
          {
            intent: "flag",
            postId: postId.data,
            reason: raw.reason,
            note: raw.note,
            fieldErrors: {},
            flagError: null,
            ...fields,
          },
          { status },
        );
      const parsed = flagInputSchema.safeParse(raw);
      if (!parsed.success) return refused({ fieldErrors: parsed.error.flatten().fieldErrors }, 400);
      const post = await findPostForEdit(db, postId.data);
      invariantResponse(post && post.thread_id === threadId && !post.deleted_at, "Indlægget findes ikke", {
        status: 404,
      });
      let flag: { hidesPost: boolean };
      try {
        flag = await writeTransaction(db, (tx) =>
          createFlag(tx, { ...parsed.data, postId: postId.data, memberId: member.id, at: now }),
        );
      } catch (error) {
        if (isRefusal(error)) return refused({ flagError: error.message }, error.status);
        throw error;
      }
      // A personal-data flag past the member's limit is queued without hiding the post; the thanks says so.
      const queuedOnly = parsed.data.reason === "personal_data" && !flag.hidesPost;
      return redirect(`${back}?anmeldt=${postId.data}${queuedOnly ? "&skjult=nej" : ""}#${postAnchor(postId.data)}`);
    }
    if (intent === "delete") {
      const post = await findPostForEdit(db, postId.data);
      invariantResponse(post && post.thread_id === threadId, "Indlægget findes ikke", { status: 404 });
      if (!canDeletePost(member, post)) throw new Response("Du kan kun slette dine egne indlæg.", { status: 403 });
      await writeTransaction(db, (tx) => deletePost(tx, postId.data, now, member.id));
      return redirect(threadPath(thread, postId.data));
    }
  } catch (error) {
    if (isRefusal(error) || error instanceof StorageFaultError) {
      if (intent === "reply")
        return replyResult(
          { body: String(form.get("body") ?? "").slice(0, 60_000), error: error.message },
          error.status,
        );
      return json({ intent, error: error.message }, { status: error.status });
    }
    throw error;
  }
  throw new Response("Ukendt handling", { status: 400 });
}

async function postLocation(
  threadId: number,
  base: string,
  postId: number,
  extra: URLSearchParams = new URLSearchParams(),
): Promise<string> {
  const index = await postIndexInThread(getDb(), threadId, postId);
  const page = Math.floor(index / POSTS_PER_PAGE) + 1;
  if (page > 1) extra.set("side", String(page));
  const search = extra.toString();
  return `${base}${search ? `?${search}` : ""}#${postAnchor(postId)}`;
}

async function moderateThread(db: DB, actorId: number, threadId: number, intent: string, form: FormData, back: string) {
  if (intent === "merge") {
    const targetId = Number(/(?:^|\/t\/)(\d+)/.exec(String(form.get("target") ?? "").trim())?.[1]);
    if (!Number.isSafeInteger(targetId) || targetId < 1)
      throw new Refusal("Skriv adressen på den tråd, der skal flettes ind i, fx /t/12-…");
    await writeTransaction(db, (tx) => mergeThreads(tx, { sourceId: threadId, targetId, actorId }));
    const target = await db
      .selectFrom("thread")
      .select(["id", "slug"])
      .where("id", "=", targetId)
      .executeTakeFirstOrThrow();
    return redirect(threadPath(target));
  }
  const change =
    intent === "lock" || intent === "unlock"
      ? { locked: intent === "lock" }
      : intent === "pin" || intent === "unpin"
        ? { pinned: intent === "pin" }
        : { categoryId: Number(form.get("categoryId")) };
  await writeTransaction(db, (tx) => setThreadState(tx, { threadId, actorId, change }));
  return redirect(back);
}
