/**
 * A small layer on top of Snowball's Danish stemmer, for the places where it
 * splits forms that Danish professionals use for the same thing, or joins
 * forms that mean different things. Each rule is general (it concerns a kind
 * of word, not a query), and tests/unit/search-stemming.test.ts holds them.
 */

/** Irregular forms Snowball cannot join: plural stems mapped to the singular's. */
const IRREGULAR: Record<string, string> = {
  børn: "barn",
  voksn: "voks",
  mænd: "mand",
  øjn: "øj",
  // Short verbal nouns: too short for the -ning rule below, but one word family.
  mobning: "mob",
  træning: "træn",
};

/**
 * Snowball's final rule (gd/dt/gt/kt lose their last letter) runs only inside
 * R1, so "magt" keeps its t and "afmagt" loses it. Applying it everywhere
 * keeps a word and its compounds together.
 */
function finalConsonantPair(stem: string): string {
  return /(gd|dt|gt|kt)$/.test(stem) && stem.length >= 4 ? stem.slice(0, -1) : stem;
}

/**
 * Adjectives in -lig keep their suffix: Snowball reduces "lovligt" to "lov",
 * where it meets "lover" (promises) and "ulovlig" reduces to "ulov".
 */
function adjectiveInLig(word: string): string | null {
  const match = /^(.{2,}lig)(e|t|ere|ste|st|hed|heden|heder)?$/.exec(word);
  return match?.[1] ?? null;
}

/**
 * A verbal noun in -ning stems to its verb: "afpresning" with "afpresses",
 * "underretning" with "underrette". Only where the verb stem is five letters
 * or more, since short ones collide with unrelated words (mening, regning).
 */
function verbalNoun(stem: string): string {
  return stem.endsWith("ning") && stem.length - 4 >= 5 ? stem.slice(0, -4) : stem;
}

/** Snowball's stem of `word` (lower case, real spelling), corrected by the rules above. */
export function overrideStem(word: string, snowballStem: string): string {
  const lig = adjectiveInLig(word);
  if (lig) return lig;
  const stem = verbalNoun(finalConsonantPair(snowballStem));
  return IRREGULAR[stem] ?? stem;
}

/**
 * The standard Danish stop-word list (Snowball's), dropped from queries that
 * also hold a content word: "hvad gør I når en ung truer med selvmord" is a
 * search for "ung truer selvmord". Kept inside quoted phrases.
 */
export const DANISH_STOP_WORDS = new Set(
  (
    "og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan " +
    // Question and filler words professionals start a forum question with.
    "hvordan hvorfor hvilke hvilken hvem hvornår nogen andre kan må gør gøre får få"
  ).split(" "),
);
