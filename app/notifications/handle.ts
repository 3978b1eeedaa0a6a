/**
 * A member's @-handle: their display name folded to a-z and digits
 * ("Mentor Mette" → "mentormette"), so it can be typed on any keyboard and
 * written in a post without JavaScript. Shared by the migration that gave
 * existing members a handle and the code that creates new members.
 */

export function handleBase(displayName: string): string {
  const folded = foldToHandle(displayName).slice(0, 24);
  return folded.length >= 2 ? folded : "medlem";
}

/** Lower case a-z and digits only: æ→ae, ø→oe, å→aa, accents dropped, everything else removed. */
export function foldToHandle(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]/g, "");
}

/** The first of base, base2, base3 … that `taken` does not hold. */
export function firstFreeHandle(base: string, taken: (handle: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    if (!taken(`${base}${n}`)) return `${base}${n}`;
  }
}
