import { useEffect, useState, type KeyboardEvent, type RefObject } from "react";
import { mentionCopy } from "../../copy/live";
import { insertMention, mentionQueryAt, type MentionQuery } from "../../forms/mention-query";

export interface MentionCandidate {
  handle: string;
  name: string;
  municipality: string;
}

const DEBOUNCE_MS = 150;

/**
 * The @-handle autocomplete of a textarea: typing "@ka" asks /api/brugernavne
 * and offers up to 8 members in a listbox below the box; arrow keys move,
 * Enter or Tab picks, Escape closes, a click picks. The textarea keeps its
 * implicit textbox role (ARIA in HTML allows no other role on a textarea) and
 * points at the active option with aria-activedescendant. Only runs once
 * JavaScript does; without it, a plain @handle works as before.
 *
 * `replace` puts the new text in the box with the caret at the given place.
 */
export function useMentionAutocomplete({
  textarea,
  id,
  replace,
}: {
  textarea: RefObject<HTMLTextAreaElement>;
  id: string;
  replace: (text: string, caret: number) => void;
}) {
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [candidates, setCandidates] = useState<MentionCandidate[]>([]);
  const [active, setActive] = useState(0);
  // Escape closes the list until the member types another character.
  const [dismissed, setDismissed] = useState<string | null>(null);
  // The prefix the shown candidates answer, so the screen-reader count is never of an older prefix.
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const listId = `${id}-medlemmer`;

  const prefix = query?.text.toLowerCase() ?? null;
  useEffect(() => {
    if (prefix === null) {
      setCandidates([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/brugernavne?q=${encodeURIComponent(prefix)}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ members: MentionCandidate[] }>) : null))
        .then((body) => {
          // A newer keystroke aborted this request: its answer is not wanted.
          if (controller.signal.aborted) return;
          setCandidates(body?.members ?? []);
          setLoadedFor(prefix);
          setActive(0);
        })
        .catch(() => {
          // Aborted by the next keystroke, or offline: the member can still type the handle.
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [prefix]);

  const open = query !== null && loadedFor === prefix && candidates.length > 0 && dismissed !== query.text;

  function readCaret() {
    const element = textarea.current;
    if (!element || element.selectionStart !== element.selectionEnd) return setQuery(null);
    setQuery(mentionQueryAt(element.value, element.selectionStart));
  }

  function choose(candidate: MentionCandidate) {
    const element = textarea.current;
    if (!element || !query) return;
    const next = insertMention(element.value, query, element.selectionStart, candidate.handle);
    setQuery(null);
    setCandidates([]);
    replace(next.text, next.caret);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    const chosen = candidates[active];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + candidates.length) % candidates.length);
    } else if ((event.key === "Enter" || event.key === "Tab") && chosen && !event.shiftKey) {
      event.preventDefault();
      choose(chosen);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDismissed(query.text);
    }
  }

  const optionId = (index: number) => `${listId}-${index}`;

  return {
    textareaProps: {
      "aria-autocomplete": "list" as const,
      "aria-controls": open ? listId : undefined,
      "aria-activedescendant": open ? optionId(active) : undefined,
      onKeyDown,
      onKeyUp: readCaret,
      onClick: readCaret,
      onInput: readCaret,
      onBlur: () => setQuery(null),
    },
    popup: (
      <>
        {open ? (
          <ul className="mention-list" id={listId} role="listbox" aria-label={mentionCopy.listLabel}>
            {candidates.map((candidate, index) => (
              <li
                key={candidate.handle}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={
                  index === active ? "mention-list__option mention-list__option--active" : "mention-list__option"
                }
                // mousedown, not click: the textarea would lose focus (and close the list) before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(candidate);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="mention-list__handle">@{candidate.handle}</span> {candidate.name},{" "}
                {candidate.municipality}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="visually-hidden" role="status">
          {query !== null && loadedFor === prefix && dismissed !== query.text
            ? mentionCopy.found(candidates.length)
            : ""}
        </p>
      </>
    ),
  };
}
