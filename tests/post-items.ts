/**
 * What a thread page's post item shows, read from the markup the loader sends
 * (app/routes/t.$threadRef/post-items.server.tsx): why it is hidden from
 * members, if the item says so, and the post's text as rendered ("" when the
 * viewer does not get it).
 */
export function readPostItem(markup: string | null): { hidden: "moderator" | "flagged" | null; html: string } {
  const item = markup ?? "";
  const hidden =
    item.includes("Indlægget er skjult af en moderator.") || item.includes("Skjult for medlemmer af en moderator.")
      ? "moderator"
      : item.includes("Indlægget er skjult, mens en moderator ser på det.") ||
          item.includes("Skjult for medlemmer: anmeldt for personoplysninger.")
        ? "flagged"
        : null;
  const opening = /<div class="post__body prose" id="[^"]+-tekst">/.exec(item);
  if (!opening) return { hidden, html: "" };
  const start = opening.index + opening[0].length;
  const end = item.indexOf('</div><div class="', start);
  return { hidden, html: item.slice(start, end === -1 ? undefined : end) };
}
