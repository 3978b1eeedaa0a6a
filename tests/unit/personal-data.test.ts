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
  ["CPR at end of text", "Pigens nummer var 280204-5678", "cpr", "280204-5678"],
  ["CPR followed by full stop", "Det var 120608-1111.", "cpr", "120608-1111"],
  ["CPR in parentheses", "Den unge (060710-2222) mødte op", "cpr", "060710-2222"],
  ["CPR on 29 Feb of a leap year", "Født 290208-3333 ifølge skolen", "cpr", "290208-3333"],
  ["CPR on 29 Feb 2000", "Født 290200-3333", "cpr", "290200-3333"],
  ["CPR glued to a cpr label", "cpr0101901234", "cpr", "0101901234"],
  ["CPR in dotted date form", "Født 01.01.90-1234", "cpr", "01.01.90-1234"],
  ["CPR followed by comma in a sentence", "Vi fik 241106-7890, og så ringede vi", "cpr", "241106-7890"],
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
