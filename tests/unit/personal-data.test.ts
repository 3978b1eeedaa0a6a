import { describe, it, expect } from "vitest";
import {
  checkPersonalData,
  describePersonalData,
  findPersonalData,
  type PersonalDataKind,
} from "../../app/privacy/personal-data";

// [description, input, expected kind, expected matched text]
const positives: Array<[string, string, PersonalDataKind, string]> = [
  // CPR
  ["CPR with hyphen", "Hun har CPR 010190-1234 i journalen.", "cpr", "010190-1234"],
  ["CPR without separator", "cpr: 0101901234", "cpr", "0101901234"],
  ["CPR with space", "Hans nummer er 010190 1234, siger han.", "cpr", "010190 1234"],
  ["CPR with en dash", "Nummer 150805\u20131234 står på brevet", "cpr", "150805\u20131234"],
  ["CPR with no-break space", "Nummer 150805\u00a01234 står på brevet", "cpr", "150805\u00a01234"],
  ["CPR failing modulus 11 (born after 2007)", "Drengen er født 2010: 030310-4001", "cpr", "030310-4001"],
  ["CPR at start of text", "311299-1234 blev nævnt", "cpr", "311299-1234"],
  ["CPR read out in pairs", "Hendes nummer er 01 02 03 12 34.", "cpr", "01 02 03 12 34"],
  ["CPR in dotted pairs", "cpr 24.12.05.44.11 i sagen", "cpr", "24.12.05.44.11"],
  ["CPR at end of text", "Pigens nummer var 280204-5678", "cpr", "280204-5678"],
  ["CPR followed by full stop", "Det var 120608-1111.", "cpr", "120608-1111"],
  ["CPR in parentheses", "Den unge (060710-2222) mødte op", "cpr", "060710-2222"],
  ["CPR on 29 Feb of a leap year", "Født 290208-3333 ifølge skolen", "cpr", "290208-3333"],
  ["CPR on 29 Feb 2000", "Født 290200-3333", "cpr", "290200-3333"],
  ["CPR glued to a cpr label", "cpr0101901234", "cpr", "0101901234"],
  ["CPR in dotted date form", "Født 01.01.90-1234", "cpr", "01.01.90-1234"],
  ["CPR followed by comma in a sentence", "Vi fik 241106-7890, og så ringede vi", "cpr", "241106-7890"],
  // CPR written so that only a reader (not a plain pattern on the source) sees it
  ["CPR with an escaped hyphen (Markdown)", "Nummer 010190\\-1234 i sagen", "cpr", "010190\\-1234"],
  ["CPR with a decimal entity digit", "Nummer &#48;10190-1234 i sagen", "cpr", "&#48;10190-1234"],
  ["CPR with a hex entity digit", "Nummer 0101&#x39;0-1234 i sagen", "cpr", "0101&#x39;0-1234"],
  ["CPR with a named dash entity", "Nummer 010190&ndash;1234 i sagen", "cpr", "010190&ndash;1234"],
  ["CPR with an entity space", "Nummer 010190&nbsp;1234 i sagen", "cpr", "010190&nbsp;1234"],
  ["CPR in full-width digits", "Nummer ０１０１９０－１２３４ i sagen", "cpr", "０１０１９０－１２３４"],
  ["CPR in Arabic-Indic digits", "Nummer ٠١٠١٩٠-١٢٣٤ i sagen", "cpr", "٠١٠١٩٠-١٢٣٤"],
  ["CPR in mathematical bold digits", "Nummer 𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒 i sagen", "cpr", "𝟎𝟏𝟎𝟏𝟗𝟎-𝟏𝟐𝟑𝟒"],
  ["CPR with a zero-width space inside", "Nummer 0101\u200b90-1234 i sagen", "cpr", "0101\u200b90-1234"],
  ["CPR with a word joiner and a BOM inside", "Nummer 01\u206001\ufeff901234 i sagen", "cpr", "01\u206001\ufeff901234"],
  ["CPR with a soft hyphen between the parts", "Nummer 010190\u00ad1234 i sagen", "cpr", "010190\u00ad1234"],
  ["CPR with a zero-width joiner in the serial", "Nummer 010190-12\u200d34 i sagen", "cpr", "010190-12\u200d34"],
  ["CPR with a minus sign", "Nummer 010190\u22121234 i sagen", "cpr", "010190\u22121234"],
  ["CPR with an em dash", "Nummer 010190\u20141234 i sagen", "cpr", "010190\u20141234"],
  ["CPR with a non-breaking hyphen", "Nummer 010190\u20111234 i sagen", "cpr", "010190\u20111234"],
  ["CPR with a figure space", "Nummer 010190\u20071234 i sagen", "cpr", "010190\u20071234"],
  ["CPR with an ideographic space", "Nummer 010190\u30001234 i sagen", "cpr", "010190\u30001234"],
  ["CPR with spaces around the dash", "Nummer 010190 - 1234 i sagen", "cpr", "010190 - 1234"],
  ["CPR with a tab before the serial", "Nummer 010190\t1234 i sagen", "cpr", "010190\t1234"],
  ["CPR split over a soft line break", "Nummer 010190\n1234 i sagen", "cpr", "010190\n1234"],
  ["CPR split over a paragraph break", "Nummer 010190\n\n1234 i sagen", "cpr", "010190\n\n1234"],
  ["CPR with a line separator", "Nummer 010190\u20281234 i sagen", "cpr", "010190\u20281234"],
  ["CPR split by strong emphasis", "Nummer 0101**90**1234 i sagen", "cpr", "0101**90**1234"],
  ["CPR split by underscore emphasis", "Nummer 01_01_901234 i sagen", "cpr", "01_01_901234"],
  ["CPR split by strike-through", "Nummer 0101~~90~~-1234 i sagen", "cpr", "0101~~90~~-1234"],
  ["CPR split by a code span", "Nummer 0101`90`1234 i sagen", "cpr", "0101`90`1234"],
  ["CPR inside a code span", "Nummer `010190-1234` i sagen", "cpr", "010190-1234"],
  ["CPR in a table cell", "| Sag | Nr |\n|---|---|\n| A | 010190-1234 |", "cpr", "010190-1234"],
  ["CPR as link text", "Se [010190-1234](https://example.dk)", "cpr", "010190-1234"],
  ["CPR in a link URL", "Se [journalen](https://example.dk/sag/010190-1234)", "cpr", "010190-1234"],
  ["CPR in image alt text", "![010190-1234](billede.png)", "cpr", "010190-1234"],
  ["CPR with a spaced date", "Nummer 01 01 90-1234 i sagen", "cpr", "01 01 90-1234"],
  ["CPR with a spaced date and serial", "Nummer 01 01 90 1234 i sagen", "cpr", "01 01 90 1234"],
  ["CPR with a dashed date", "Nummer 01-01-90-1234 i sagen", "cpr", "01-01-90-1234"],
  ["CPR with a slashed date", "Nummer 01/01/90-1234 i sagen", "cpr", "01/01/90-1234"],
  ["CPR with a dotted date and a space", "Nummer 01.01.90 1234 i sagen", "cpr", "01.01.90 1234"],
  ["CPR with dots and spaces", "Nummer 01. 01. 90 - 1234 i sagen", "cpr", "01. 01. 90 - 1234"],
  ["CPR with a middle dot date", "Nummer 01\u00b701\u00b790-1234 i sagen", "cpr", "01\u00b701\u00b790-1234"],
  ["CPR with a colon label", "cpr: 0101901234", "cpr", "0101901234"],
  ["CPR with a CPR-nr. label", "CPR-nr. 010190-1234", "cpr", "010190-1234"],
  ["CPR split at an odd place by a space", "Nummer 0101 901234 i sagen", "cpr", "0101 901234"],
  ["CPR split twice at odd places", "Nummer 0101 90 1234 i sagen", "cpr", "0101 90 1234"],
  ["CPR split by a line break at an odd place", "Nummer 01019\n01234 i sagen", "cpr", "01019\n01234"],
  ["CPR with every digit spaced out", "Nummer 0 1 0 1 9 0 1 2 3 4 i sagen", "cpr", "0 1 0 1 9 0 1 2 3 4"],
  ["CPR with a combining mark on a digit", "Nummer 01\u030101901234 i sagen", "cpr", "01\u030101901234"],
  // E-mail
  ["plain e-mail", "Skriv til anna.hansen@gmail.com i morgen", "email", "anna.hansen@gmail.com"],
  ["e-mail with Danish letters and subdomain", "Kontakt søren@mail.kommune.dk.", "email", "søren@mail.kommune.dk"],
  ["e-mail with plus tag", "<mads+ung@example.org>", "email", "mads+ung@example.org"],
  ["e-mail whose local part is a phone number", "sms til 22334455@sms.dk", "email", "22334455@sms.dk"],
  // Phone
  ["phone as 8 digits", "Ring på 22334455 efter skole", "phone", "22334455"],
  ["phone grouped in pairs", "Hans mobil er 22 33 44 55.", "phone", "22 33 44 55"],
  ["phone grouped 4+4", "tlf. 4012 3456", "phone", "4012 3456"],
  ["phone with +45", "Ring +45 87 65 43 21!", "phone", "+45 87 65 43 21"],
  ["phone with 0045", "0045 22334455", "phone", "0045 22334455"],
  ["phone with (+45)", "Mor: (+45) 31 41 59 26", "phone", "(+45) 31 41 59 26"],
  ["phone with glued +45", "+4522334455", "phone", "+4522334455"],
  ["phone at end of text", "Hendes nummer: 99887766", "phone", "99887766"],
  // Separators of more than one kind in one number: people mix them.
  ["CPR with a space in the date and an en dash", "Hun har cpr 2412 05–4411, hvad gør jeg?", "cpr", "2412 05–4411"],
  ["CPR with a dot, a space and a dash", "nr. 24.12 05-4411", "cpr", "24.12 05-4411"],
  ["CPR with a dash in the date and a space", "2412-05 4411 er hendes", "cpr", "2412-05 4411"],
  ["CPR with a slash and spaces", "24/12 05 4411", "cpr", "24/12 05 4411"],
  ["CPR with a dot date and a dash", "født 24.12.05-4411", "cpr", "24.12.05-4411"],
  // Digits written as Danish number words.
  [
    "CPR in number words",
    "hun er to fire et to nul fem fire fire et et",
    "cpr",
    "to fire et to nul fem fire fire et et",
  ],
  ["CPR with the serial number in words", "Nummeret er 241205 fire fire et et.", "cpr", "241205 fire fire et et"],
  ["CPR with words and dashes", "24-12-05-fire-fire-et-et", "cpr", "24-12-05-fire-fire-et-et"],
  ["CPR in capitalised words", "To Fire Et To Nul Fem Fire Fire Et Et", "cpr", "To Fire Et To Nul Fem Fire Fire Et Et"],
];

const negatives: Array<[string, string]> = [
  ["ISO date", "Mødet er 2024-01-15"],
  ["Danish date with hyphens", "den 01-01-2024"],
  ["Danish short date", "den 1.1.2024"],
  ["Danish dotted date", "den 01.01.2024 kl. 10"],
  ["time with colon", "kl. 12:30"],
  ["time range", "kl. 14.30-16.00"],
  ["amount with dots", "et budget på 1.250.000 kr."],
  ["amount with decimals", "kr. 12.500,00"],
  ["amount with spaces", "25 000 000 kr. i alt"],
  ["year range", "i perioden 2019-2024"],
  ["two years with space", "i 2019 2024 og 2025"],
  ["postal code and year", "8000 2024"],
  ["postal code, town and year", "2100 København Ø, 2023"],
  ["journal number", "journalnr. 2024-123456"],
  ["order number", "ordre 7890123456789"],
  ["12-digit run with valid date prefix", "ref 010190123456"],
  ["11-digit run", "sag 01019012345"],
  ["invalid day 32", "320190-1234"],
  ["invalid 31 November", "311190-1234"],
  ["invalid month 13", "011390-1234"],
  ["29 Feb in a non-leap year", "290201-1234"],
  ["IBAN-ish with country code", "DK0101901234"],
  ["IBAN with groups", "IBAN DK50 0040 0440 1162 43"],
  ["CPR-like with trailing letters", "010190-1234abc"],
  ["phone-like starting with 0", "09876543"],
  ["phone-like starting with 1", "ring 12345678"],
  ["phone-like pairs starting with 1", "12 34 56 78"],
  ["nine-digit run", "223344556"],
  ["phone inside a longer grouped number", "1 2345 6789 0"],
  ["percentages", "45 % og 12,5%"],
  ["version number", "v2.17.5"],
  ["ISBN-13 plain", "ISBN 9788702123456"],
  ["ISBN-13 hyphenated", "ISBN 978-87-02-12345-6"],
  ["ISBN-13 with spaces", "ISBN 978 87 02 12345 6"],
  ["phone with decimal tail", "22334455,5"],
  ["not an e-mail: missing TLD", "anna@localhost"],
  ["not an e-mail: handle", "@anna skrev i går"],
  // Look-alikes of the new CPR forms that must stay allowed
  ["date and time with dots", "mødet 01.01.25 10.30 på skolen"],
  ["date with dashes and a time", "01-01-25 kl. 10.30"],
  ["dotted date with a four-digit year and a number", "den 01.01.1990 1234 deltagere"],
  ["ISO date with a number after it", "2024-12-31 1234 kr."],
  ["eight-digit date and a number", "20241231 1234"],
  ["phone in pairs with dashes", "22-33-44-55"],
  ["list of week numbers", "uge 10 11 12 13 14 og 15"],
  ["amount with space thousands", "budget 2 101 000 000 kr."],
  ["amount with dots and a number", "12.500,00 kr. 1234 stk."],
  ["date ranges without years", "fra 01.02-03.04 10.30"],
  ["year range and a year", "2019-2024 2025"],
  ["time range in full-width digits", "kl. １４.３０-１６.００"],
  ["date in full-width digits", "den ０１.０１.２０２４"],
  ["postal code with a number", "2100 123456"],
  ["case number with a dash", "sag 2024-123456"],
  ["version with a long build number", "v. 1.2.3-4567"],
  ["ten digits with an invalid date in a spaced form", "32 01 90 1234"],
  ["emphasised year and amount", "**2024** og **1.000** kr."],
  ["twelve digits split by emphasis", "ref 0101**901234**56"],
  ["a CPR-like run glued to letters across emphasis", "DK**0101901234**"],
  ["multiplication of numbers", "3 * 4 = 12"],
  ["entity that is not a digit", "Tom &amp; Jerry 1990"],
  // Mixed separators that are not CPR numbers.
  ["a week list with mixed separators", "uge 10-11 12 13 14"],
  ["a time range after a date", "den 24.12 kl. 10.30-11.45"],
  ["a date range", "24.12.05-31.12.05"],
  ["a phone with +45 and a dash", "+45 2412-0544"],
  ["ten digits whose first six are no date", "sag 20 24-12 0544"],
  ["ten numbers in pairs, one gap too many for a CPR", "uge 10 11 12 13 14"],
  // Number words that are not a CPR number.
  ["counting in words", "en to tre fire fem seks syv otte ni nul"],
  ["ordinary prose with number words", "Vi var to og tre fra hver kommune, og en fra Tønder kom med fire andre."],
  ["a phone number in words", "ring på to to tre tre fire fire fem fem"],
];

describe("findPersonalData: positives", () => {
  it.each(positives)("%s", (_name, input, kind, text) => {
    const matches = findPersonalData(input);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({ kind, text, index: input.indexOf(text), length: text.length });
  });
});

describe("findPersonalData: negatives", () => {
  it.each(negatives)("%s", (_name, input) => {
    expect(findPersonalData(input)).toEqual([]);
  });
});

describe("findPersonalData: several matches", () => {
  it("returns all matches in order of index", () => {
    const input = "Ring 22334455 eller skriv a@b.dk. CPR 010190-1234 og 020290 2345.";
    expect(findPersonalData(input).map((m) => [m.kind, m.text])).toEqual([
      ["phone", "22334455"],
      ["email", "a@b.dk"],
      ["cpr", "010190-1234"],
      ["cpr", "020290 2345"],
    ]);
  });

  it("never reports a CPR number as a phone number too", () => {
    for (const input of ["2301901234", "230190 1234", "230190-1234"]) {
      expect(findPersonalData(input).map((m) => m.kind)).toEqual(["cpr"]);
    }
  });

  it("reads phone numbers next to each other as phones (confirmation), never as a CPR", () => {
    for (const input of ["tlf 22334455 / 33445566", "22 33 44 55 66 77 88 99", "+45 21 12 90 12"]) {
      expect(findPersonalData(input).map((m) => m.kind)).not.toContain("cpr");
    }
  });

  it("reports the text as typed when a CPR is written with entities and Markdown", () => {
    const input = "Før: 0101**&#57;0**\\-1234. Efter.";
    expect(findPersonalData(input)).toEqual([{ kind: "cpr", text: "0101**&#57;0**\\-1234", index: 5, length: 20 }]);
  });

  it("maps a CPR far into a long text with Markdown and Danish letters back to where it was typed", () => {
    const filler = "Æblet **på** bordet _var_ rødt, 12.30. ".repeat(1_300);
    const input = `${filler}0101**90**-1234 ${filler}`;
    expect(findPersonalData(input)).toEqual([
      { kind: "cpr", text: "0101**90**-1234", index: filler.length, length: 15 },
    ]);
  });

  it("handles a long text without an @ quickly", () => {
    const input = "a".repeat(200_000);
    const started = Date.now();
    expect(findPersonalData(input)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("checkPersonalData", () => {
  it("blocks CPR numbers and asks for confirmation for e-mail and phone", () => {
    const check = checkPersonalData("010190-1234, a@b.dk og 22 33 44 55");
    expect(check.blocked.map((m) => m.text)).toEqual(["010190-1234"]);
    expect(check.needsConfirmation.map((m) => [m.kind, m.text])).toEqual([
      ["email", "a@b.dk"],
      ["phone", "22 33 44 55"],
    ]);
  });

  it("returns empty lists for clean text", () => {
    expect(checkPersonalData("Pige, 15, har svært ved at komme i skole siden 2023.")).toEqual({
      blocked: [],
      needsConfirmation: [],
    });
  });

  it("only asks for confirmation when there is no CPR", () => {
    const check = checkPersonalData("Ring 22334455");
    expect(check.blocked).toEqual([]);
    expect(check.needsConfirmation).toHaveLength(1);
  });
});

describe("describePersonalData", () => {
  it("returns nothing for clean text", () => {
    expect(describePersonalData(checkPersonalData("Intet at se her."))).toEqual({});
  });

  it("quotes the CPR match in a Danish error", () => {
    const { error, warning } = describePersonalData(checkPersonalData("Hun er 010190-1234."));
    expect(warning).toBeUndefined();
    expect(error).toBe(
      'Teksten indeholder det, der ligner et CPR-nummer: "010190-1234". ' +
        'Fjern det, og beskriv den unge med et pseudonym, fx "pige, 15".',
    );
  });

  it("includes some preceding context when given the text", () => {
    const text = "Vi har talt længe med den unge, og hendes nummer er\n010190-1234 ifølge skolen.";
    const { error } = describePersonalData(checkPersonalData(text), text);
    expect(error).toContain('"…og hendes nummer er 010190-1234"');
  });

  it("uses the plural for several CPR numbers", () => {
    const { error } = describePersonalData(checkPersonalData("010190-1234 og 020290-2345"));
    expect(error).toContain('ligner CPR-numre: "010190-1234", "020290-2345".');
    expect(error).toContain("Fjern dem");
  });

  it("lists e-mail and phone in a Danish warning", () => {
    const { error, warning } = describePersonalData(checkPersonalData("Skriv a@b.dk eller ring 22 33 44 55"));
    expect(error).toBeUndefined();
    expect(warning).toBe(
      "Teksten indeholder en e-mailadresse eller et telefonnummer (a@b.dk, 22 33 44 55). " +
        "Er du sikker på, at det ikke er en ung persons oplysninger? Sæt kryds for at gemme alligevel.",
    );
  });

  it("returns both error and warning when both kinds occur", () => {
    const result = describePersonalData(checkPersonalData("010190-1234 / 22334455"));
    expect(result.error).toContain("010190-1234");
    expect(result.warning).toContain("22334455");
  });
});
