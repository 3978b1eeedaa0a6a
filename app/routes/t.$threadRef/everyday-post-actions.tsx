import { bookmarkCopy, deleteCopy, quoteCopy } from "../../copy/everyday";
import { INSERT_QUOTE_EVENT } from "../../components/forms/markdown-editor";
import { REPLY_FORM_ID } from "./reply-form";
import { threadPageCopy } from "../../copy/thread-page";

/**
 * «Citér»: without JavaScript a submit button of the reply form (the page
 * comes back with the quote appended to what was typed); with JavaScript the
 * post stream's one click handler (`quoteIntoDraft`) fetches the quote and puts
 * it in at the cursor, and the page stays as it is. No handler of its own, so
 * the button can live in a post item's cached markup.
 */
export function QuoteButton({ postId, threadUrl }: { postId: number; threadUrl: string }) {
  return (
    <button
      type="submit"
      form={REPLY_FORM_ID}
      formAction={`${threadUrl}#svar`}
      formNoValidate
      name="quotePostId"
      value={postId}
      className="link-button"
    >
      {quoteCopy.button}
    </button>
  );
}

export interface QuoteProblem {
  postId: number;
  message: string;
}

/**
 * The post stream's click handler for «Citér» buttons inside it: returns the
 * problem to show under the post, or null. Leaves the click alone (so the form
 * post does the work) when the page has no reply box.
 */
export async function quoteIntoDraft(event: React.MouseEvent<HTMLElement>): Promise<QuoteProblem | null> {
  const button = (event.target as Element | null)?.closest?.('button[name="quotePostId"]');
  if (!(button instanceof HTMLButtonElement)) return null;
  const textarea = document.querySelector<HTMLTextAreaElement>(`#${REPLY_FORM_ID} textarea[name="body"]`);
  if (!textarea) return null;
  event.preventDefault();
  const postId = Number(button.value);
  try {
    const response = await fetch(`/api/citat/${postId}`, { headers: { Accept: "application/json" } });
    const answer = (await response.json()) as { text?: string; error?: string };
    if (!answer.text) return { postId, message: answer.error ?? quoteCopy.notFound };
    textarea.dispatchEvent(new CustomEvent(INSERT_QUOTE_EVENT, { detail: answer.text }));
    textarea.scrollIntoView({ block: "center" });
    return null;
  } catch {
    return { postId, message: threadPageCopy.quoteFailed };
  }
}

/** «Gem»/«Gemt»: an ordinary form, so it works without JavaScript; with it, the page updates in place. */
export function BookmarkButton({ postId, saved, back }: { postId: number; saved: boolean; back: string }) {
  return (
    <form method="post" action={`/indlaeg/${postId}/gem`} data-enhance>
      <input type="hidden" name="redirectTo" value={back} />
      <button
        type="submit"
        className={saved ? "link-button link-button--on" : "link-button"}
        aria-pressed={saved}
        title={saved ? bookmarkCopy.savedTitle : bookmarkCopy.saveTitle}
      >
        {saved ? bookmarkCopy.saved : bookmarkCopy.save}
      </button>
    </form>
  );
}

/** «Slet» leads to a confirmation page; nothing is deleted by this link alone. */
export function DeleteLink({ postId }: { postId: number }) {
  return <a href={`/indlaeg/${postId}/slet`}>{deleteCopy.button}</a>;
}

/** A deleted post's place in the thread, with «Fortryd» for the one who deleted it, for a while. */
export function DeletedPost({ postId, anchor, canUndo }: { postId: number; anchor: string; canUndo: boolean }) {
  return (
    <article className="post post--deleted" id={anchor} aria-label={threadPageCopy.deletedPost}>
      <div className="post__body">
        {deleteCopy.deletedNote}
        {canUndo ? (
          <form method="post" action={`/indlaeg/${postId}/slet`} data-enhance className="inline-form">
            {" "}
            <button type="submit" name="intent" value="undo" className="button">
              {deleteCopy.undo}
            </button>
          </form>
        ) : null}
      </div>
    </article>
  );
}
