import { useFetcher } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { checkPersonalData, describePersonalData } from "../../privacy/personal-data";
import { insertQuote } from "../../forms/quote";
import { DRAFT_CHANGED_EVENT } from "./draft-saver";
import { useMentionAutocomplete } from "./mention-autocomplete";
import { editorCopy } from "../../copy/posting";

/** Dispatched on the editor's textarea with the quote's Markdown as `detail` («Citér» with JavaScript). */
export const INSERT_QUOTE_EVENT = "tvaers:insert-quote";

interface MarkdownEditorProps {
  name?: string;
  label: string;
  defaultValue: string;
  error?: string[];
  /** Server-rendered preview after a "Forhåndsvis" submit (works without JavaScript). */
  previewHtml?: string | null;
  /** The server's e-mail/phone warning; the confirmation box is shown with it. */
  personalDataWarning?: string | null;
  textareaRef?: React.RefObject<HTMLTextAreaElement>;
  rows?: number;
}

/**
 * Markdown body with a preview. Without JavaScript the "Forhåndsvis" button
 * posts the form and the page comes back with the preview; with JavaScript the
 * preview follows the typing, and the personal-data guard warns as you type.
 */
export function MarkdownEditor({
  name = "body",
  label,
  defaultValue,
  error,
  previewHtml,
  personalDataWarning,
  textareaRef,
  rows = 10,
}: MarkdownEditorProps) {
  const [text, setText] = useState(defaultValue);
  const [live, setLive] = useState(false);
  // The live-preview box needs JavaScript, so it appears only once the page has hydrated.
  const [hydrated, setHydrated] = useState(false);
  const preview = useFetcher<{ html: string; error?: string }>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const ownTextarea = useRef<HTMLTextAreaElement>(null);
  const textarea = textareaRef ?? ownTextarea;
  const caret = useRef<number | null>(null);
  const cursorPlaced = useRef(false);
  const id = `felt-${name}`;

  useEffect(() => setHydrated(true), []);
  const mentions = useMentionAutocomplete({
    textarea,
    id,
    replace: (next, at) => {
      caret.current = at;
      setText(next);
    },
  });

  // A quote goes in at the cursor, and the cursor ends up after it, ready to answer.
  useEffect(() => {
    const element = textarea.current;
    if (!element) return;
    function onInsert(event: Event) {
      if (!(event instanceof CustomEvent) || typeof event.detail !== "string" || !element) return;
      // Until the member has put the cursor somewhere, a quote goes at the end.
      const at = cursorPlaced.current ? element.selectionStart : element.value.length;
      const next = insertQuote(element.value, event.detail, at);
      caret.current = next.caret;
      setText(next.text);
    }
    element.addEventListener(INSERT_QUOTE_EVENT, onInsert);
    return () => element.removeEventListener(INSERT_QUOTE_EVENT, onInsert);
  }, [textarea]);

  useEffect(() => {
    const element = textarea.current;
    if (caret.current === null || !element) return;
    element.focus();
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
    element.form?.dispatchEvent(new Event(DRAFT_CHANGED_EVENT));
  }, [text, textarea]);

  useEffect(() => {
    if (!live) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => preview.submit({ body: text }, { method: "post", action: "/api/forhaandsvis" }),
      300,
    );
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the text drives the preview
  }, [text, live]);

  const guard = useMemo(() => describePersonalData(checkPersonalData(text), text), [text]);
  const message = error?.[0];
  const warning = personalDataWarning ?? guard.warning ?? null;
  const shownPreview = live ? (preview.data?.html ?? previewHtml ?? "") : previewHtml;

  return (
    <div className={message ? "field field--invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {editorCopy.hint}
      </p>
      <textarea
        id={id}
        name={name}
        rows={rows}
        ref={textarea}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={() => {
          cursorPlaced.current = true;
        }}
        onSelect={() => {
          cursorPlaced.current = true;
        }}
        aria-invalid={message ? true : undefined}
        aria-describedby={[`${id}-hint`, message ? `${id}-fejl` : null].filter(Boolean).join(" ")}
        {...(hydrated ? mentions.textareaProps : {})}
      />
      {hydrated ? mentions.popup : null}
      {message ? (
        <p className="field__error" id={`${id}-fejl`} role="alert">
          {message}
        </p>
      ) : guard.error ? (
        <p className="field__error" role="status">
          {guard.error}
        </p>
      ) : null}
      {warning ? (
        <div className="notice" role="status">
          <p>{warning}</p>
          <label className="radio">
            <input type="checkbox" name="confirmPersonalData" value="yes" /> {editorCopy.confirmPersonalData}
          </label>
        </div>
      ) : null}
      <div className="editor__actions">
        <button type="submit" name="intent" value="preview" className="button" formNoValidate>
          {editorCopy.preview}
        </button>
        {hydrated ? (
          <label className="radio editor__live">
            <input type="checkbox" checked={live} onChange={(event) => setLive(event.target.checked)} />{" "}
            {editorCopy.livePreview}
          </label>
        ) : null}
      </div>
      {shownPreview !== undefined && shownPreview !== null ? (
        <section className="preview" aria-label={editorCopy.previewHeading}>
          <h3 className="preview__title">{editorCopy.previewHeading}</h3>
          <div className="prose" dangerouslySetInnerHTML={{ __html: shownPreview || editorCopy.nothingToPreview }} />
        </section>
      ) : null}
    </div>
  );
}
