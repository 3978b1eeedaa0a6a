import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import type { CurrentMember } from "../../auth/guards.server";
import { canChooseSolution, canDeletePost, canUnhidePost } from "../../auth/permissions";
import { postAnchor, threadPath } from "../../models/thread-path";
import { getDb, writeTransaction, type DB } from "../../db.server";
import { bodySchema, trackSchema, type FieldErrors } from "../../forms/post-input";
import { personalDataIssue } from "../../privacy/personal-data.server";
import { moderateThread, moveThreadToTrack } from "../../models/thread-moderation.server";
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
import { refusalResponse } from "../../refusal.server";
import { notFound } from "../../copy/not-found";
import { threadPageCopy } from "../../copy/thread-page";
import { formCopy } from "../../copy/forms";

export const POSTS_PER_PAGE = 100;

/** After a post naming more members than are notified, the thread page says so (?omtalte=<how many were named>). */
function mentionStormNotice(body: string): URLSearchParams {
  const named = mentionedHandles(body).length;
  return new URLSearchParams(named > MAX_MENTIONS_NOTIFIED ? { omtalte: String(named) } : {});
}

const postId = z.coerce.number().int().positive();
/** A text field as submitted; a file or a missing field reads as empty, so the length checks below decide. */
const formText = z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());
const onPost = <Intent extends string>(intent: Intent) => z.object({ intent: z.literal(intent), postId });

/** Every form the thread page posts, told apart by its `intent`. */
const threadActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), body: formText, confirmPersonalData: formText }),
  z.object({ intent: z.literal("preview"), body: formText }),
  // «Citér» without JavaScript submits the reply form with the quoted post's id.
  z.object({ intent: z.literal("quote"), body: formText, quotePostId: formText }),
  z.object({ intent: z.enum(["lock", "unlock", "pin", "unpin"]) }),
  // A missing or broken category id is refused by the moderation module, in Danish.
  z.object({ intent: z.literal("category"), categoryId: z.coerce.number().int().catch(0) }),
  z.object({ intent: z.literal("merge"), target: formText }),
  z.object({ intent: z.literal("track"), track: trackSchema }),
  onPost("helpful"),
  onPost("solution"),
  onPost("unsolution"),
  onPost("unhide"),
  onPost("delete"),
  onPost("flag").extend({ reason: formText, note: formText }),
]);

/** Reads the thread page's form; what cannot be understood is a 400 naming the part that was wrong. */
function parseThreadAction(form: FormData) {
  const fields = Object.fromEntries(form);
  const intent = form.has("quotePostId") ? "quote" : (fields.intent ?? "reply");
  const parsed = threadActionSchema.safeParse({ ...fields, intent });
  if (parsed.success) return parsed.data;
  const wrong = parsed.error.issues[0]?.path[0];
  const message =
    wrong === "postId"
      ? threadPageCopy.invalidPost
      : wrong === "track"
        ? threadPageCopy.unknownTrack
        : formCopy.unknownIntent;
  throw new Response(message, { status: 400 });
}

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

/** Every action on the thread page: reply, preview, quote, helpful, solution, flag, delete, track and moderation. */
export async function handleThreadAction(request: Request, member: CurrentMember, threadId: number) {
  const form = await readForm(request);
  const db = getDb();
  const thread = await findThreadState(db, threadId);
  invariantResponse(thread, notFound.thread, { status: 404 });
  const action = parseThreadAction(form);
  const back = threadPath(thread);
  const now = new Date().toISOString();

  try {
    switch (action.intent) {
      case "quote": {
        // Keep what was typed and add the quote after it.
        const typed = action.body.slice(0, 60_000);
        const quotedId = postId.safeParse(action.quotePostId);
        const quote = quotedId.success ? await findQuote(db, quotedId.data) : undefined;
        if (!quote) return replyResult({ body: typed, error: quoteCopy.notFound }, 404);
        return replyResult({ body: insertQuote(typed, quote.text).text, quotedPostId: quote.id }, 200);
      }
      case "reply":
      case "preview": {
        const parsed = bodySchema.safeParse(action.body);
        const kept = action.body.slice(0, 60_000);
        if (!parsed.success)
          return replyResult({ body: kept, fieldErrors: { body: parsed.error.issues.map((i) => i.message) } });
        if (action.intent === "preview")
          return replyResult({ intent: "preview", body: kept, previewHtml: renderMarkdown(parsed.data) }, 200);
        const guard = personalDataIssue([{ field: "body", value: parsed.data }], action.confirmPersonalData === "yes");
        if (guard.fieldErrors.body || guard.warning)
          return replyResult(
            { body: kept, fieldErrors: guard.fieldErrors, personalDataWarning: guard.warning },
            guard.fieldErrors.body ? 400 : 409,
          );
        if (thread.locked) return replyResult({ body: kept, error: threadPageCopy.lockedNoReplies }, 409);
        const posted = await writeTransaction(db, async (tx) => {
          const reply = await replyToThread(tx, { threadId, authorId: member.id, body: parsed.data, createdAt: now });
          await deleteDraft(tx, member.id, draftKey(threadId));
          return reply;
        });
        return redirect(await postLocation(threadId, back, posted.postId, mentionStormNotice(parsed.data)));
      }
      case "lock":
      case "unlock":
      case "pin":
      case "unpin":
      case "category":
      case "merge":
        return redirect(threadPath(await moderateThread(db, member, thread.id, action)));
      case "track":
        await moveThreadToTrack(db, member, thread, action.track);
        return redirect(back);
      case "helpful":
        await writeTransaction(db, (tx) => toggleHelpful(tx, action.postId, member.id, now));
        return redirect(threadPath(thread, action.postId));
      case "solution":
      case "unsolution":
        if (!canChooseSolution(member, thread)) throw new Refusal(threadPageCopy.solutionRefused, { status: 403 });
        await writeTransaction(db, (tx) =>
          setSolution(tx, threadId, action.intent === "solution" ? action.postId : null, member.id),
        );
        return redirect(threadPath(thread, action.postId));
      case "unhide":
        if (!canUnhidePost(member)) throw new Refusal(threadPageCopy.unhideRefused, { status: 403 });
        await writeTransaction(db, (tx) => unhidePost(tx, { postId: action.postId, moderatorId: member.id, at: now }));
        return redirect(threadPath(thread, action.postId));
      case "flag":
        return await flagPost(db, member, thread, action, now);
      case "delete": {
        const post = await findPostForEdit(db, action.postId);
        invariantResponse(post && post.thread_id === threadId, notFound.post, { status: 404 });
        if (!canDeletePost(member, post)) throw new Refusal(threadPageCopy.deleteRefused, { status: 403 });
        await writeTransaction(db, (tx) => deletePost(tx, action.postId, now, member.id));
        return redirect(threadPath(thread, action.postId));
      }
    }
  } catch (error) {
    // A forbidden action has no button on the member's page: it answers with the error page, as a forged request should.
    if (isRefusal(error) && error.status === 403) throw refusalResponse(error);
    if (isRefusal(error) || error instanceof StorageFaultError) {
      if (action.intent === "reply")
        return replyResult({ body: action.body.slice(0, 60_000), error: error.message }, error.status);
      return json({ intent: action.intent, error: error.message }, { status: error.status });
    }
    throw error;
  }
}

async function flagPost(
  db: DB,
  member: CurrentMember,
  thread: { id: number; slug: string },
  action: { postId: number; reason: string; note: string },
  now: string,
) {
  const raw = { reason: action.reason, note: action.note.slice(0, 2_000) };
  const refused = (fields: Partial<FlagResult>, status: number) =>
    json<FlagResult>(
      { intent: "flag", postId: action.postId, ...raw, fieldErrors: {}, flagError: null, ...fields },
      { status },
    );
  const parsed = flagInputSchema.safeParse(raw);
  if (!parsed.success) return refused({ fieldErrors: parsed.error.flatten().fieldErrors }, 400);
  const post = await findPostForEdit(db, action.postId);
  invariantResponse(post && post.thread_id === thread.id && !post.deleted_at, notFound.post, {
    status: 404,
  });
  let flag: { hidesPost: boolean };
  try {
    flag = await writeTransaction(db, (tx) =>
      createFlag(tx, { ...parsed.data, postId: action.postId, memberId: member.id, at: now }),
    );
  } catch (error) {
    if (isRefusal(error)) return refused({ flagError: error.message }, error.status);
    throw error;
  }
  // A personal-data flag past the member's limit is queued without hiding the post; the thanks says so.
  const queuedOnly = parsed.data.reason === "personal_data" && !flag.hidesPost;
  return redirect(
    `${threadPath(thread)}?anmeldt=${action.postId}${queuedOnly ? "&skjult=nej" : ""}#${postAnchor(action.postId)}`,
  );
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
