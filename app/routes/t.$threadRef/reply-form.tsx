import { Form } from "@remix-run/react";
import { FormError } from "../../components/forms/field";
import { DraftSaver } from "../../components/forms/draft-saver";
import { MarkdownEditor } from "../../components/forms/markdown-editor";
import type { ReplyResult } from "./thread-actions.server";
import { threadPageCopy } from "../../copy/thread-page";

/** The id quote buttons point at with their `form` attribute. */
export const REPLY_FORM_ID = "svar-form";

/**
 * The reply box at the foot of a thread. Its text comes, in order, from a
 * refused or quoted submit, from a «Citér» link (?citer=) on top of the saved
 * draft, or from the saved draft alone; while the member types it is saved
 * as a draft.
 */
export function ReplyForm({
  threadId,
  threadUrl,
  ownLastPostId,
  replyResult,
  initialText,
  restoredDraft,
}: {
  threadId: number;
  threadUrl: string;
  /** The viewer's newest post on the page: it changes when their reply is accepted, not when others reply. */
  ownLastPostId: number;
  replyResult: ReplyResult | undefined;
  initialText: string;
  restoredDraft: boolean;
}) {
  return (
    <section className="form-card reply-form" id="svar" aria-labelledby="svar-titel">
      <h2 id="svar-titel">{threadPageCopy.replyHeading}</h2>
      <FormError message={replyResult?.error} />
      <Form method="post" action={`${threadUrl}#svar`} noValidate preventScrollReset id={REPLY_FORM_ID}>
        <MarkdownEditor
          // A new key after each accepted reply empties the box; a refused reply keeps the text; a quote from the server
          // replaces it. Others' replies shown in place («N nye svar – vis») keep the box, and the caret, as they are.
          key={`svar-${ownLastPostId}-${replyResult?.quotedPostId ?? ""}`}
          label={threadPageCopy.replyLabel}
          defaultValue={replyResult?.body ?? initialText}
          error={replyResult?.fieldErrors?.body}
          previewHtml={replyResult?.previewHtml}
          personalDataWarning={replyResult?.personalDataWarning}
          rows={8}
        />
        <DraftSaver formId={REPLY_FORM_ID} threadId={threadId} restored={restoredDraft && !replyResult} />
        <button type="submit" name="intent" value="reply" className="button button--primary">
          {threadPageCopy.sendReply}
        </button>
      </Form>
    </section>
  );
}
