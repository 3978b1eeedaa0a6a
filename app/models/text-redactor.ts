function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface TextReplacement {
  /** What to find, in any letter case: a name written "mikkel hansen" is the same name. */
  text: string;
  replacement: string;
  /** Only where no letter or digit touches it: erasing "Anne" must not touch "Annette". */
  wholeWords?: boolean;
}

export type Redactor = (value: string) => { value: string; count: number };

/** A function that replaces every occurrence of each text in a value and counts them. */
export function redactor(replacements: TextReplacement[]): Redactor {
  const patterns = replacements
    .filter((item) => item.text.trim() !== "")
    .map((item) => {
      const body = escapeRegExp(item.text.normalize("NFC"));
      return {
        pattern: new RegExp(item.wholeWords ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, "giu"),
        replacement: item.replacement,
      };
    });
  return (value) => {
    let count = 0;
    let replaced = value.normalize("NFC");
    for (const { pattern, replacement } of patterns) {
      replaced = replaced.replace(pattern, () => {
        count += 1;
        return replacement;
      });
    }
    return { value: count > 0 ? replaced : value, count };
  };
}

/** Applies a redactor to every string inside a JSON value (keys are the code's own and stay). */
export function redactJson(value: unknown, redact: Redactor): { value: unknown; count: number } {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) {
    let count = 0;
    const items = value.map((item) => {
      const result = redactJson(item, redact);
      count += result.count;
      return result.value;
    });
    return { value: items, count };
  }
  if (value !== null && typeof value === "object") {
    let count = 0;
    const entries = Object.entries(value).map(([key, item]) => {
      const result = redactJson(item, redact);
      count += result.count;
      return [key, result.value] as const;
    });
    return { value: Object.fromEntries(entries), count };
  }
  return { value, count: 0 };
}
