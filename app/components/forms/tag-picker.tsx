import { useEffect, useId, useMemo, useState } from "react";
import { tagPickerCopy } from "../../copy/pages";

type TagKind = "case" | "theme";

export interface TagPickerOption {
  /** What the form sends for the tag: its id, or its slug in the search filters. */
  value: string;
  label: string;
  kind: TagKind;
}

/**
 * Tags as checkboxes grouped by kind: a tap, a click or the space bar toggles one tag without
 * touching the others, and without JavaScript the form sends exactly the same fields. With
 * JavaScript a filter box narrows the list as you type; ticked tags always stay in view.
 */
export function TagPicker({
  options,
  selected,
  error,
  max,
  name = "tagIds",
  label,
  hint = tagPickerCopy.hint,
}: {
  options: TagPickerOption[];
  selected: string[];
  error?: string[];
  max?: number;
  name?: string;
  label?: string;
  hint?: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const [chosen, setChosen] = useState<string[]>(selected);
  useEffect(() => setHydrated(true), []);
  const needle = filter.trim().toLocaleLowerCase("da");
  const visible = useMemo(
    () =>
      new Set(
        options
          .filter((tag) => !needle || tag.label.toLocaleLowerCase("da").includes(needle) || chosen.includes(tag.value))
          .map((tag) => tag.value),
      ),
    [options, needle, chosen],
  );
  const kinds = (["case", "theme"] as const).filter((kind) => options.some((tag) => tag.kind === kind));
  const grouped = kinds.length > 1;
  const message = error?.[0];
  const legend = label ?? (max ? tagPickerCopy.legendWithMax(max) : tagPickerCopy.legend);
  const toggle = (value: string, checked: boolean) =>
    setChosen((current) => (checked ? [...current, value] : current.filter((v) => v !== value)));

  const boxes = (kind: TagKind) => (
    <div className="checkbox-grid">
      {options
        .filter((tag) => tag.kind === kind)
        .map((tag) => (
          <label key={tag.value} className="tag-picker__option" hidden={!visible.has(tag.value)}>
            <input
              type="checkbox"
              name={name}
              value={tag.value}
              checked={chosen.includes(tag.value)}
              onChange={(event) => toggle(tag.value, event.target.checked)}
            />{" "}
            {tag.label}
          </label>
        ))}
    </div>
  );

  return (
    <fieldset
      className={message ? "field tag-picker field--invalid" : "field tag-picker"}
      aria-describedby={`${id}-hint`}
    >
      <legend>{legend}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {hydrated ? (
        <input
          type="search"
          className="tag-picker__filter"
          aria-label={tagPickerCopy.filterLabel}
          placeholder={tagPickerCopy.filterPlaceholder}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          // Enter in the filter box must not send the whole form.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
        />
      ) : null}
      {kinds.map((kind) =>
        grouped ? (
          <fieldset
            key={kind}
            className="tag-picker__group"
            hidden={!options.some((tag) => tag.kind === kind && visible.has(tag.value))}
          >
            <legend>{tagPickerCopy.groups[kind]}</legend>
            {boxes(kind)}
          </fieldset>
        ) : (
          <div key={kind}>{boxes(kind)}</div>
        ),
      )}
      {visible.size === 0 ? <p className="muted">{tagPickerCopy.noneMatch}</p> : null}
      {hydrated && chosen.length > 0 ? (
        <p className="muted" aria-live="polite">
          {tagPickerCopy.chosen}:{" "}
          {options
            .filter((tag) => chosen.includes(tag.value))
            .map((tag) => tag.label)
            .join(", ")}
        </p>
      ) : null}
      {hydrated && max !== undefined && chosen.length > max ? (
        <p className="field__error" role="status">
          {tagPickerCopy.overMax(max)}
        </p>
      ) : null}
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Tags as the thread forms list them (ids), for the picker. */
export function tagOptionsById(tags: { id: number; label: string; kind: TagKind }[]): TagPickerOption[] {
  return tags.map((tag) => ({ value: String(tag.id), label: tag.label, kind: tag.kind }));
}
