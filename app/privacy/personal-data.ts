/**
 * Personal-data guard.
 *
 * Runs in the browser (the post form warns while the author types) and on the
 * server (every action that stores text), so it is plain TypeScript with no
 * Node or DOM APIs. It is a safety net for honest mistakes, not a proof of
 * anonymity: patterns are chosen so that real Danish identifiers are caught
 * while dates, times, amounts and case numbers stay quiet.
 *
 * Patterns run on the text as a reader sees it (see ./normalise.ts); the
 * server additionally checks the rendered HTML (personal-data.server.ts).
 */

import { normaliseForGuard, projectForGuard, type GuardText } from "./normalise";
import { findSpelledCpr } from "./spelled-cpr";
import { personalDataCopy } from "../copy/personal-data";

export type PersonalDataKind = "cpr" | "email" | "phone";

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  text: string;
  index: number;
  length: number;
}

export interface PersonalDataCheck {
  /** Must be removed before the text can be saved (CPR numbers). */
  blocked: PersonalDataMatch[];
  /** May be saved after the author explicitly confirms (e-mail, phone). */
  needsConfirmation: PersonalDataMatch[];
}

/*
 * CPR: DDMMYY, then four digits, matched on the guard's projection of the text
 * (see `projectForGuard`), where Markdown emphasis, escapes and code marks are
 * gone, every dash is "-", every space " " and every line break "\n".
 *
 * The date may be written whole ("010190") or in three parts with the same
 * separator between them ("01.01.90", "01 01 90", "01-01-90", "01/01/90", also
 * with spaces around a dot, dash or slash); the back-reference (\2) demands
 * the same separator both times. Between date and serial number: nothing, a
 * space or line break, or a dash, dot or slash with optional spaces around it.
 * The serial number is four digits in one run, so a date followed by a time
 * ("01.01.25 10.30") is not a CPR number. We deliberately do NOT check
 * modulus 11: numbers issued since 2007 may fail it, and a false "valid" would
 * let a real CPR through.
 *
 * A CPR must not touch letters or digits on either side, otherwise it is part
 * of a longer identifier (order number, IBAN "DK0101901234", ...). The one
 * exception is a glued "cpr" label ("cpr0101901234"), which is clearly a CPR.
 */
const CPR_RE =
  /(?:(?<![\p{L}\p{N}])|(?<=cpr))(\d\d)((?:[ \n]?[-./][ \n]?|[ \n])?)(\d\d)\2(\d\d)(?:[ \n]?[-./]?[ \n]?)\d{4}(?![\p{L}\p{N}])/giu;

/*
 * CPR written with spaces or line breaks at odd places ("0101 901234",
 * "01019 01234", "0101 90 1234"): ten digits with at most two single spaces or
 * line breaks between them. Stricter boundaries than CPR_RE (like PHONE_RE) so
 * it never picks ten digits out of a longer grouped number, and at most two
 * gaps so lists of small numbers ("uge 10 11 12 13 14") stay quiet, unless
 * every digit stands alone.
 */
const SPACED_CPR_RE =
  /(?:(?<![\p{L}\p{N}]|\p{N}[ \n.,/-])|(?<=cpr))\d(?:[ \n]?\d){9}(?![\p{L}\p{N}]|[ \n.,/-]\p{N})/giu;
const MAX_SPACED_GAPS = 2;

/*
 * CPR written with separators of more than one kind ("2412 05-4411",
 * "24.12 05 4411", "2412-05 4411"): ten digits where any gap between two
 * digits may be a space, line break, or a dash, dot or slash with optional
 * spaces around it. At most MAX_MIXED_GAPS gaps (a date in three parts and the
 * serial number), the same strict boundaries as SPACED_CPR_RE, and the first
 * six digits a real date. CPR_RE and SPACED_CPR_RE each demand one consistent
 * way of writing; people mix them.
 */
const MIXED_CPR_RE =
  /(?:(?<![\p{L}\p{N}]|\p{N}[ \n.,/-])|(?<=cpr))\d(?:(?:[ \n]?[-./][ \n]?|[ \n])?\d){9}(?![\p{L}\p{N}]|[ \n.,/-]\p{N})/giu;
const MAX_MIXED_GAPS = 3;

/*
 * A CPR read out in pairs, as phone numbers are written ("01 02 03 12 34",
 * "24.12.05.44.11"): five pairs with the same separator each time. One gap
 * more than MAX_MIXED_GAPS, so it is told from a list by its order: a run of
 * consecutive numbers ("uge 10 11 12 13 14") is a list, not a CPR.
 */
const FIVE_PAIRS = /^\d\d( ?[-./]? ?)\d\d\1\d\d\1\d\d\1\d\d$/;

function isConsecutiveRun(written: string): boolean {
  const numbers = (written.match(/\d+/g) ?? []).map(Number);
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

function isMixedCpr(written: string): boolean {
  const digits = written.replace(/\D/g, "");
  const gaps = written.match(/\D+/g)?.length ?? 0;
  const pairs = FIVE_PAIRS.test(written) && !isConsecutiveRun(written);
  return (
    (gaps <= MAX_MIXED_GAPS || pairs) &&
    !THOUSANDS_GROUPS.test(written) &&
    isRealDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))
  );
}
const THOUSANDS_GROUPS = /^\d{1,3}(?: \d{3})+$/; // "1 250 000 000" is an amount

function isSpacedCpr(written: string): boolean {
  const digits = written.replace(/\D/g, "");
  const gaps = written.length - digits.length;
  const spacedOut = gaps === digits.length - 1; // "0 1 0 1 9 0 1 2 3 4"
  return (
    (gaps <= MAX_SPACED_GAPS || spacedOut) &&
    !THOUSANDS_GROUPS.test(written) &&
    isRealDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))
  );
}

/*
 * E-mail: a pragmatic address pattern (Danish letters allowed). The lookbehind
 * makes a match start only at the beginning of a run of address characters,
 * which keeps the scan linear on long texts without any "@".
 */
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/*
 * Danish phone number: eight digits, optionally grouped with spaces
 * ("12 34 56 78", "1234 5678", "12345678"), optionally prefixed with +45,
 * 0045 or (+45). Danish subscriber numbers never start with 0 or 1, which
 * rules out most dates and case numbers. Hyphens are not accepted as group
 * separators, because "2024-12-31" would otherwise look like a phone number.
 *
 * Stricter boundaries than for CPR: besides adjacent letters/digits we also
 * refuse a digit followed by a separator on either side, so we never pick
 * eight digits out of a longer grouped number ("978 87 02 12345 6",
 * "1 2345 6789 0").
 */
const PHONE_RE =
  /(?<![\p{L}\p{N}+]|\p{N}[ \u00a0.,/-])(?:(?:\+45|0045|\(\+45\))[ \u00a0]?)?[2-9]\d(?:[ \u00a0]?\d\d){3}(?![\p{L}\p{N}]|[ \u00a0.,/-]\p{N})/gu;

/*
 * "8000 2024" (postal code + year) and "2019 2024" (two years) have the exact
 * shape of a phone number written as "1234 5678". Without a +45 prefix we
 * treat a second group that looks like a year as not-a-phone; the cost is
 * missing a real number written that way, which only affects a warning.
 */
const LOOKS_LIKE_NUMBER_AND_YEAR = /^\d{4}[ \u00a0](?:19|20)\d\d$/;

/** Higher-priority kinds win when two matches overlap (e.g. "22334455@sms.dk"). */
const PRIORITY: readonly PersonalDataKind[] = ["cpr", "email", "phone"];

function daysInMonth(month: number, twoDigitYear: number): number {
  if (month === 2) {
    // The century is unknown (the 7th digit would tell, but we do not rely on
    // it); every year divisible by 4 is a leap year in both 19xx and 20xx
    // except 1900, and "00" is still valid for 2000.
    return twoDigitYear % 4 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(day: number, month: number, twoDigitYear: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, twoDigitYear);
}

function collect(
  read: GuardText,
  original: string,
  kind: PersonalDataKind,
  re: RegExp,
  accept: (m: RegExpMatchArray) => boolean,
) {
  const found: PersonalDataMatch[] = [];
  for (const m of read.text.matchAll(re)) {
    if (m.index === undefined || !accept(m)) continue;
    // Report the characters the author typed, not their normalised form.
    const index = read.start[m.index] as number;
    const end = read.end[m.index + m[0].length - 1] as number;
    found.push({ kind, text: original.slice(index, end), index, length: end - index });
  }
  return found;
}

/** All CPR numbers, e-mail addresses and Danish phone numbers, ordered by index in `text`. */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const normalised = normaliseForGuard(text);
  const projected = projectForGuard(normalised);
  const candidates = [
    ...collect(projected, text, "cpr", CPR_RE, (m) => isRealDate(Number(m[1]), Number(m[3]), Number(m[4]))),
    ...collect(projected, text, "cpr", SPACED_CPR_RE, (m) => isSpacedCpr(m[0])),
    ...collect(projected, text, "cpr", MIXED_CPR_RE, (m) => isMixedCpr(m[0])),
    ...findSpelledCpr(text, isRealDate).map(({ start, end }) => ({
      kind: "cpr" as const,
      text: text.slice(start, end),
      index: start,
      length: end - start,
    })),
    ...collect(normalised, text, "email", EMAIL_RE, () => true),
    ...collect(normalised, text, "phone", PHONE_RE, (m) => !LOOKS_LIKE_NUMBER_AND_YEAR.test(m[0])),
  ];

  // Keep each character in at most one match, preferring the stronger kind,
  // so a CPR number is never reported a second time as a phone number.
  candidates.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.index - b.index);
  const kept: PersonalDataMatch[] = [];
  for (const c of candidates) {
    const overlaps = kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length);
    if (!overlaps) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** CPR numbers block saving; e-mail addresses and phone numbers need confirmation. */
export function checkPersonalData(text: string): PersonalDataCheck {
  const matches = findPersonalData(text);
  return {
    blocked: matches.filter((m) => m.kind === "cpr"),
    needsConfirmation: matches.filter((m) => m.kind !== "cpr"),
  };
}

const CONTEXT_CHARS = 20;
const MAX_QUOTED = 3;

/**
 * Quotes a match, with a little of the preceding text when available, so the
 * author can find it in a long post. The author typed it, so showing it back
 * reveals nothing new.
 */
function quote(match: PersonalDataMatch, text?: string): string {
  // A number split over two lines is quoted on one, so the message stays one sentence.
  const shown = match.text.replace(/\s*[\n\r\u2028\u2029]\s*/g, " ");
  if (text === undefined || text.slice(match.index, match.index + match.length) !== match.text) {
    return `"${shown}"`;
  }
  const start = Math.max(0, match.index - CONTEXT_CHARS);
  const before = text.slice(start, match.index).replace(/\s+/g, " ").trimStart();
  return `"${start > 0 ? "…" : ""}${before}${shown}"`;
}

function listQuoted(matches: PersonalDataMatch[], text?: string): string {
  const shown = matches.slice(0, MAX_QUOTED).map((m) => quote(m, text));
  const rest = matches.length - shown.length;
  return shown.join(", ") + (rest > 0 ? personalDataCopy.andMore(rest) : "");
}

/**
 * Danish user-facing messages for a check. `error` means the text cannot be
 * saved; `warning` means it can be saved once the author ticks the confirm box.
 * Pass the original text to get a few characters of context around each CPR.
 */
export function describePersonalData(check: PersonalDataCheck, text?: string): { error?: string; warning?: string } {
  const result: { error?: string; warning?: string } = {};

  if (check.blocked.length > 0) {
    const single = check.blocked.length === 1;
    result.error = personalDataCopy.cprFound(single, listQuoted(check.blocked, text));
  }

  if (check.needsConfirmation.length > 0) {
    const unique = [...new Set(check.needsConfirmation.map((m) => m.text))];
    const listed = unique.slice(0, MAX_QUOTED).join(", ") + (unique.length > MAX_QUOTED ? personalDataCopy.etAl : "");
    result.warning = personalDataCopy.contactFound(listed);
  }

  return result;
}
