/**
 * The text as the personal-data guard reads it.
 *
 * A CPR number stays a CPR number to a reader however it was typed: with
 * full-width or Arabic-Indic digits, a zero-width space or soft hyphen inside,
 * an en dash or a figure space as separator, an HTML entity for one digit, or
 * Markdown marks splitting it. The guard therefore matches on a normalised
 * copy and maps every match back to the characters the author typed, so the
 * refusal can quote them. Shared by browser and server: no Node or DOM APIs.
 */

/** Normalised text, with the span in the original that each character came from. */
export interface GuardText {
  text: string;
  /** Index in the original where the i-th character's source starts. */
  start: Int32Array;
  /** Index in the original just after the i-th character's source. */
  end: Int32Array;
}

/** Appends text with its source spans; typed arrays keep 100k-character posts fast. */
class GuardTextBuilder {
  private parts: string[] = [];
  length = 0;
  start: Int32Array;
  end: Int32Array;

  constructor(capacity: number) {
    this.start = new Int32Array(Math.max(16, capacity));
    this.end = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number) {
    if (this.length + extra <= this.start.length) return;
    const size = Math.max(this.start.length * 2, this.length + extra);
    const [start, end] = [new Int32Array(size), new Int32Array(size)];
    start.set(this.start);
    end.set(this.end);
    [this.start, this.end] = [start, end];
  }

  /** A run copied unchanged from `from` in the original. */
  pushRun(run: string, from: number) {
    this.reserve(run.length);
    for (let k = 0; k < run.length; k++) {
      this.start[this.length + k] = from + k;
      this.end[this.length + k] = from + k + 1;
    }
    this.length += run.length;
    this.parts.push(run);
  }

  push(char: string, start: number, end: number) {
    this.reserve(1);
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.length++;
    this.parts.push(char);
  }

  replaceLast(char: string) {
    this.parts[this.parts.length - 1] = char;
  }

  build(): GuardText {
    return {
      text: this.parts.join(""),
      start: this.start.subarray(0, this.length),
      end: this.end.subarray(0, this.length),
    };
  }
}

// Entities that stand for a digit, a separator or nothing visible. Numeric
// entities (&#48; &#x30;) are decoded in general; the server also checks the
// rendered HTML, which decodes every named entity, so this list only needs to
// cover what the browser-side warning should see too.
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  emsp13: "\u2004",
  emsp14: "\u2005",
  numsp: "\u2007",
  puncsp: "\u2008",
  thinsp: "\u2009",
  ThinSpace: "\u2009",
  hairsp: "\u200a",
  VeryThinSpace: "\u200a",
  MediumSpace: "\u205f",
  NewLine: "\n",
  Tab: "\t",
  zwsp: "\u200b",
  ZeroWidthSpace: "\u200b",
  NegativeThinSpace: "\u200b",
  NegativeMediumSpace: "\u200b",
  NegativeThickSpace: "\u200b",
  NegativeVeryThinSpace: "\u200b",
  zwj: "\u200d",
  zwnj: "\u200c",
  NoBreak: "\u2060",
  shy: "\u00ad",
  hyphen: "\u2010",
  dash: "\u2010",
  ndash: "\u2013",
  mdash: "\u2014",
  horbar: "\u2015",
  minus: "\u2212",
  period: ".",
  sol: "/",
  bsol: "\\",
  lowbar: "_",
  UnderBar: "_",
  ast: "*",
  midast: "*",
  grave: "`",
  DiacriticalGrave: "`",
  tilde: "~",
  middot: "\u00b7",
  centerdot: "\u00b7",
  CenterDot: "\u00b7",
  sup1: "\u00b9",
  sup2: "\u00b2",
  sup3: "\u00b3",
  colon: ":",
  num: "#",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

function decodeEntityAt(text: string, at: number): { value: string; length: number } | null {
  ENTITY_RE.lastIndex = at;
  const m = ENTITY_RE.exec(text);
  if (!m) return null;
  if (m[3] !== undefined) {
    const value = NAMED_ENTITIES[m[3]];
    return value === undefined ? null : { value, length: m[0].length };
  }
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2] ?? "", 16);
  // Like a browser: NUL, surrogates and out-of-range code points become U+FFFD.
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return { value: valid ? String.fromCodePoint(code) : "\ufffd", length: m[0].length };
}

const DIGIT = /\p{Nd}/u;
const DROPPED = /[\p{Cf}\p{M}]|[^\P{Cc}\t\n\r]/u; // format, combining and control characters
const DASH = /[\p{Pd}\u2212\u2796\u02d7\u2043\u2e3a\u2e3b\u2011]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
// Blank letters (Hangul fillers, Braille blank) look like a space to a reader.
const SPACE = /[\s\p{Zs}\u2800\u3164\u115f\u1160\uffa0]/u;
const SLASH = /[\u2044\u2215\u29f8]/u;
const DOT = /[\u00b7\u2219\u22c5\u2027\u2022]/u;

const digitValues = new Map<number, string>();

/** The ASCII digit for any Unicode decimal digit (they come in runs of ten, 0 first). */
function asciiDigit(codePoint: number): string {
  const known = digitValues.get(codePoint);
  if (known !== undefined) return known;
  let runStart = codePoint;
  while (runStart - codePoint < 100 && DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  const value = String((codePoint - runStart) % 10);
  digitValues.set(codePoint, value);
  return value;
}

function classify(char: string): string {
  if (DIGIT.test(char)) return asciiDigit(char.codePointAt(0) ?? 0x30);
  if (LINE_BREAK.test(char)) return "\n";
  if (DROPPED.test(char)) return "";
  if (DASH.test(char)) return "-";
  if (SPACE.test(char)) return " ";
  if (SLASH.test(char)) return "/";
  if (DOT.test(char)) return ".";
  return char;
}

const COMBINING = /\p{M}/u;

// Danish text repeats the same few non-ASCII letters; NFKC and the Unicode
// property tests per character are the slow part, so their result is kept.
const readUnits = new Map<string, string[]>();
const MAX_REMEMBERED_UNITS = 4_096;

/** What the guard reads for one character (with its combining marks), one entry per output character. */
function readUnit(unit: string): string[] {
  const known = readUnits.get(unit);
  if (known) return known;
  const read = [...unit.normalize("NFKC")].map(classify).filter((char) => char !== "");
  if (readUnits.size < MAX_REMEMBERED_UNITS) readUnits.set(unit, read);
  return read;
}

/**
 * NFKC (full-width and other compatibility digits become ASCII), numeric and
 * a few named HTML entities decoded, format, control and combining characters
 * removed, every Unicode decimal digit as its ASCII digit, every dash as "-",
 * every space as " " and every line break as "\n".
 */
export function normaliseForGuard(original: string): GuardText {
  const out = new GuardTextBuilder(original.length);
  let i = 0;
  while (i < original.length) {
    // Printable ASCII other than "&" is already what the guard reads.
    PLAIN_RUN.lastIndex = i;
    const plain = PLAIN_RUN.exec(original);
    if (plain) {
      out.pushRun(plain[0], i);
      i += plain[0].length;
      continue;
    }
    const code = original.charCodeAt(i);
    const entity = code === 0x26 ? decodeEntityAt(original, i) : null;
    let unit: string;
    let unitEnd: number;
    if (entity) {
      unit = entity.value;
      unitEnd = i + entity.length;
    } else {
      unit = String.fromCodePoint(original.codePointAt(i) ?? code);
      unitEnd = i + unit.length;
    }
    // Combining marks belong to the character before them (NFKC composes them).
    while (unitEnd < original.length) {
      const next = String.fromCodePoint(original.codePointAt(unitEnd) ?? 0);
      if (!COMBINING.test(next)) break;
      unit += next;
      unitEnd += next.length;
    }
    for (const read of readUnit(unit)) out.push(read, i, unitEnd);
    i = unitEnd;
  }
  return out.build();
}

const PLAIN_RUN = /[\x20-\x25\x27-\x7e]+/y;

// Markdown marks that never show to a reader between two digits: emphasis,
// strike-through, code spans and backslash escapes.
const MARKUP_OR_SPACE_RUN = /[*_~`\\]|[ \n]{2}/;
const MARKUP = new Set(["*", "_", "~", "`", "\\"]);

/**
 * The normalised text without Markdown marks and with each run of white space
 * folded to one character ("\n" when it holds a line break), as it reads in
 * the rendered post. The CPR pattern is matched on this projection.
 */
export function projectForGuard(normalised: GuardText): GuardText {
  const source = normalised.text;
  if (!MARKUP_OR_SPACE_RUN.test(source)) return normalised;
  const out = new GuardTextBuilder(source.length);
  let previous = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (MARKUP.has(char)) continue;
    if ((char === " " || char === "\n") && (previous === " " || previous === "\n")) {
      // Fold into the previous white space: it now reaches to here.
      out.end[out.length - 1] = normalised.end[i] as number;
      if (char === "\n" && previous === " ") out.replaceLast("\n");
      previous = char === "\n" ? "\n" : previous;
      continue;
    }
    out.push(char, normalised.start[i] as number, normalised.end[i] as number);
    previous = char;
  }
  return out.build();
}
