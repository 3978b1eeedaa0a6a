import { useState } from "react";
import { bookmarkCopy, deleteCopy, quoteCopy } from "../../copy/everyday";
import { INSERT_QUOTE_EVENT } from "../../components/forms/markdown-editor";
import { REPLY_FORM_ID } from "./reply-form";

/**
 * «Citér»: without JavaScript a submit button of the reply form (the page
 * comes back with the quote appended to what was typed); with JavaScript the
 * quote is fetched and put in at the cursor, and the page stays as it is.
 */
export function QuoteButton({ postId, threadUrl }: { postId: number; threadUrl: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function quoteIntoDraft(event: React.MouseEvent<HTMLButtonElement>) {
    const textarea = document.querySelector<HTMLTextAreaElement>(`#${REPLY_FORM_ID} textarea[name="body"]`);
    if (!textarea) return; // no reply box on this page: let the form post do it
    event.preventDefault();
    setProblem(null);
    try {
      const response = await fetch(`/api/citat/${postId}`, { headers: { Accept: "application/json" } });
      const answer = (await response.json()) as { text?: string; error?: string };
      if (!answer.text) return setProblem(answer.error ?? quoteCopy.notFound);
      textarea.dispatchEvent(new CustomEvent(INSERT_QUOTE_EVENT, { detail: answer.text }));
      textarea.scrollIntoView({ block: "center" });
    } catch {
      setProblem("Citatet kunne ikke hentes. Prøv igen om lidt.");
    }
  }
  return (
    <>
      <button
        type="submit"
        form={REPLY_FORM_ID}
        formAction={`${threadUrl}#svar`}
        formNoValidate
        name="quotePostId"
        value={postId}
        className="link-button"
        onClick={quoteIntoDraft}
      >
        {quoteCopy.button}
      </button>
      {problem ? (
        <span className="field__error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
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
    <article className="post post--deleted" id={anchor} aria-label="Slettet indlæg">
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
