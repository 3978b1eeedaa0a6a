import { useActionData } from "@remix-run/react";
import type { FlagReason } from "../../../db/schema";
import { limitCopy } from "../../copy/permissions-and-limits";
import { MAX_OPEN_HIDING_FLAGS } from "../../models/flag-limits";
import { flagFormCopy, flagReasonHints, flagReasonLabels } from "../../copy/flags";

export const FLAG_REASON_LABELS = flagReasonLabels;

/** What the thread action answers to a refused flag (see thread-actions.server.ts). */
export interface FlagResult {
  intent: "flag";
  postId: number;
  reason: string;
  note: string;
  fieldErrors: { reason?: string[]; note?: string[] };
  flagError: string | null;
}

/** Shown where the flag form was once the flag is sent (the action redirects with ?anmeldt=<post id>). */
export function FlagThanksView({ queuedOnly }: { queuedOnly: boolean }) {
  return (
    <p className="notice" role="status">
      {queuedOnly ? limitCopy.flagQueuedWithoutHiding(MAX_OPEN_HIDING_FLAGS) : flagFormCopy.thanks}
    </p>
  );
}

/** The action's answer to a refused flag of this post, if that is what the page shows. */
export function useFlagResultFor(): (postId: number) => FlagResult | undefined {
  const result = useActionData() as Partial<FlagResult> | undefined;
  return (postId) => (result?.intent === "flag" && result.postId === postId ? (result as FlagResult) : undefined);
}

/**
 * The "Anmeld" control under a post: a disclosure with the reasons, so the page
 * stays quiet until it is needed. Pure: a refused flag (`mine`) comes from the
 * action's answer, which the route passes in.
 */
export function FlagFormView({ postId, threadUrl, mine }: { postId: number; threadUrl: string; mine?: FlagResult }) {
  const noteId = `anmeld-${postId}-note`;
  const noteError = mine?.fieldErrors.note?.[0];
  return (
    <details className="flag-form" open={mine ? true : undefined}>
      <summary>{flagFormCopy.open}</summary>
      <form method="post" action={threadUrl} data-enhance>
        <input type="hidden" name="postId" value={postId} />
        {mine?.flagError ? (
          <p className="form-error" role="alert">
            {mine.flagError}
          </p>
        ) : null}
        <fieldset className={mine?.fieldErrors.reason ? "field field--invalid" : "field"}>
          <legend>{flagFormCopy.why}</legend>
          {(Object.keys(FLAG_REASON_LABELS) as FlagReason[]).map((reason) => (
            <label key={reason} className="radio">
              <input type="radio" name="reason" value={reason} defaultChecked={mine?.reason === reason} required />{" "}
              <strong>{FLAG_REASON_LABELS[reason]}</strong> – {flagReasonHints[reason]}
            </label>
          ))}
          {mine?.fieldErrors.reason ? (
            <p className="field__error" role="alert">
              {mine.fieldErrors.reason[0]}
            </p>
          ) : null}
        </fieldset>
        <div className={noteError ? "field field--invalid" : "field"}>
          <label htmlFor={noteId}>{flagFormCopy.note}</label>
          <textarea
            id={noteId}
            name="note"
            rows={3}
            maxLength={500}
            defaultValue={mine?.note ?? ""}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${noteId}-fejl` : undefined}
          />
          {noteError ? (
            <p className="field__error" id={`${noteId}-fejl`} role="alert">
              {noteError}
            </p>
          ) : null}
        </div>
        <button type="submit" name="intent" value="flag" className="button">
          {flagFormCopy.send}
        </button>
      </form>
    </details>
  );
}
