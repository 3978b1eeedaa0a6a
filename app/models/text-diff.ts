/**
 * A word-level difference between two texts, for the post history. Pure and
 * shared by server and tests. Common beginnings and endings are cut off
 * first; the rest is compared word by word with a longest-common-subsequence
 * table, or line by line when that table would be too large (a rewrite of a
 * very long post), so one history page can never stall the server.
 */

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

const MAX_TABLE_CELLS = 2_000_000;

function tokenize(text: string, byLine: boolean): string[] {
  return byLine ? text.split(/(?<=\n)/) : (text.match(/\s+|[^\s]+/g) ?? []);
}

function lcsDiff(before: string[], after: string[]): DiffPart[] {
  const n = before.length;
  const m = after.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * (m + 1) + j] =
        before[i] === after[j]
          ? table[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      parts.push({ kind: "same", text: before[i]! });
      i += 1;
      j += 1;
    } else if (i < n && (j === m || table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!)) {
      parts.push({ kind: "removed", text: before[i]! });
      i += 1;
    } else {
      parts.push({ kind: "added", text: after[j]! });
      j += 1;
    }
  }
  return parts;
}

/** Joins neighbouring parts of the same kind, so a changed phrase is one <ins> or <del>, not one per word. */
function merge(parts: DiffPart[]): DiffPart[] {
  // Within a run of changes, what was removed reads before what replaced it.
  const ordered: DiffPart[] = [];
  let run: DiffPart[] = [];
  for (const part of [...parts, { kind: "same" as const, text: "" }]) {
    if (part.kind !== "same") {
      run.push(part);
      continue;
    }
    ordered.push(...run.filter((p) => p.kind === "removed"), ...run.filter((p) => p.kind === "added"), part);
    run = [];
  }
  const merged: DiffPart[] = [];
  for (const part of ordered) {
    if (part.text === "") continue;
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

export function diffText(before: string, after: string): DiffPart[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  // Back up to a word boundary, so a changed word is shown whole.
  while (start > 0 && /\S/.test(before[start - 1]!)) start -= 1;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end += 1;
  while (end > 0 && /\S/.test(before[before.length - end]!)) end -= 1;
  const head = before.slice(0, start);
  const tail = before.slice(before.length - end);
  const middleBefore = before.slice(start, before.length - end);
  const middleAfter = after.slice(start, after.length - end);

  let tokensBefore = tokenize(middleBefore, false);
  let tokensAfter = tokenize(middleAfter, false);
  if (tokensBefore.length * tokensAfter.length > MAX_TABLE_CELLS) {
    tokensBefore = tokenize(middleBefore, true);
    tokensAfter = tokenize(middleAfter, true);
  }
  const middle =
    tokensBefore.length * tokensAfter.length > MAX_TABLE_CELLS
      ? [
          { kind: "removed" as const, text: middleBefore },
          { kind: "added" as const, text: middleAfter },
        ]
      : lcsDiff(tokensBefore, tokensAfter);
  return merge([{ kind: "same", text: head }, ...middle, { kind: "same", text: tail }]);
}
