import { useEffect, useMemo, useState } from "react";
import { tagKindLabels } from "../../copy/da";

interface TagOption {
  id: number;
  label: string;
  kind: "case" | "theme";
}

/**
 * Without JavaScript: a plain multiple select. With it: a filter box that
 * narrows the list as you type (an autocomplete over the same select), so the
 * submitted form is identical either way.
 */
export function TagPicker({ tags, selected, error, max }: { tags: TagOption[]; selected: number[]; error?: string[]; max: number }) {
  const [filter, setFilter] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const [chosen, setChosen] = useState<number[]>(selected);
  useEffect(() => setHydrated(true), []);
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? tags.filter((tag) => tag.label.toLowerCase().includes(needle) || chosen.includes(tag.id)) : tags;
  }, [filter, tags, chosen]);
  const message = error?.[0];
  return (
    <div className={message ? "field field--invalid" : "field"}>
      <label htmlFor="felt-tags">Tags (højst {max})</label>
      <p className="field__hint" id="felt-tags-hint">
        Vælg hvilken slags case og hvilke temaer tråden handler om. Hold Ctrl (Cmd på Mac) nede for at vælge flere.
      </p>
      {hydrated ? (
        <input
          type="search"
          className="tag-picker__filter"
          aria-label="Find tag"
          placeholder="Skriv for at finde et tag …"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      ) : null}
      <select
        id="felt-tags"
        name="tagIds"
        multiple
        size={10}
        value={chosen.map(String)}
        onChange={(event) => setChosen(Array.from(event.target.selectedOptions, (option) => Number(option.value)))}
        aria-describedby="felt-tags-hint"
        aria-invalid={message ? true : undefined}
      >
        {(["case", "theme"] as const).map((kind) => (
          <optgroup key={kind} label={tagKindLabels[kind]}>
            {shown
              .filter((tag) => tag.kind === kind)
              .map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {chosen.length > 0 ? (
        <p className="muted" aria-live="polite">
          Valgt: {tags.filter((tag) => chosen.includes(tag.id)).map((tag) => tag.label).join(", ")}
        </p>
      ) : null}
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
