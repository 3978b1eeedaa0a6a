import { useEffect, useRef, useState } from "react";
import { draftCopy } from "../../copy/everyday";

/** After the last keystroke, wait this long before saving, so typing sends one request per pause, not per key. */
const SAVE_DELAY_MS = 1_000;

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "problem"; message: string };

/** Fired on a form by code that changes a field without a native input event (a quote put into the reply box). */
export const DRAFT_CHANGED_EVENT = "tvaers:draft-changed";

/**
 * Saves the enclosing form's title, category and body as a draft on the server
 * while the member types (debounced, plain fetch so a network error or an
 * expired session never disturbs the page). The text stays in the form
 * whatever happens; a failed save is retried with the next change. Without
 * JavaScript nothing is saved, and nothing is shown.
 */
export function DraftSaver({
  formId,
  threadId,
  restored,
}: {
  formId: string;
  threadId: number | null;
  restored: boolean;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const lastSaved = useRef<string | null>(null);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let controller: AbortController | undefined;

    function snapshot(target: HTMLFormElement) {
      const data = new FormData(target);
      const body = new URLSearchParams();
      body.set("threadId", threadId === null ? "" : String(threadId));
      body.set("body", String(data.get("body") ?? ""));
      if (data.has("title")) body.set("title", String(data.get("title") ?? ""));
      if (data.has("categoryId")) body.set("categoryId", String(data.get("categoryId") ?? ""));
      return body;
    }

    async function save(target: HTMLFormElement) {
      const body = snapshot(target);
      const key = body.toString();
      if (key === lastSaved.current) return;
      controller?.abort();
      controller = new AbortController();
      setState({ kind: "saving" });
      try {
        const response = await fetch("/api/kladde", {
          method: "POST",
          body,
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        const answer = (await response.json()) as { status: string; message?: string };
        if (response.ok) {
          lastSaved.current = key;
          setState(answer.status === "cleared" ? { kind: "idle" } : { kind: "saved" });
        } else {
          setState({ kind: "problem", message: answer.message ?? draftCopy.offline });
        }
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
        setState({ kind: "problem", message: draftCopy.offline });
      }
    }

    function onChange() {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(form as HTMLFormElement), SAVE_DELAY_MS);
    }
    // Posting the form deletes the draft on the server; a save still waiting would bring it back.
    function onSubmit() {
      clearTimeout(timer.current);
      controller?.abort();
    }
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    form.addEventListener(DRAFT_CHANGED_EVENT, onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer.current);
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
      form.removeEventListener(DRAFT_CHANGED_EVENT, onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, threadId]);

  const message =
    state.kind === "saving"
      ? draftCopy.saving
      : state.kind === "saved"
        ? draftCopy.saved
        : state.kind === "problem"
          ? state.message
          : restored
            ? draftCopy.restored
            : "";
  return (
    <p
      className={state.kind === "problem" ? "draft-status draft-status--problem" : "draft-status"}
      role="status"
      aria-live="polite"
    >
      {message}
    </p>
  );
}
