const danishLetters: Record<string, string> = { æ: "ae", ø: "oe", å: "aa", Æ: "ae", Ø: "oe", Å: "aa" };

/** A URL-safe slug: "Ung i Tønder – hvad nu?" becomes "ung-i-toender-hvad-nu". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .replace(/[æøåÆØÅ]/g, (letter) => danishLetters[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || "emne";
}
