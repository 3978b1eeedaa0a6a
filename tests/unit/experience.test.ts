import { describe, expect, it } from "vitest";
import { memberExperience, municipalityExperience, newcomerUntil } from "../../app/models/experience";

const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe("experience", () => {
  it("a municipality is a newcomer for exactly its first 12 months", () => {
    const m = { joined_on: "2025-03-15", experience_override: null };
    expect(newcomerUntil("2025-03-15")).toBe("2026-03-15");
    expect(municipalityExperience(m, at("2026-03-14"))).toBe("newcomer");
    expect(municipalityExperience(m, at("2026-03-15"))).toBe("experienced");
  });

  it("handles a leap-day join", () => {
    expect(newcomerUntil("2024-02-29")).toBe("2025-03-01");
  });

  it("an override wins over the join date, and a member's over the municipality's", () => {
    const newcomerTown = { joined_on: "2026-01-01", experience_override: null };
    const oldTown = { joined_on: "2016-01-01", experience_override: "newcomer" as const };
    expect(municipalityExperience(oldTown, at("2026-11-23"))).toBe("newcomer");
    expect(memberExperience({ experience_override: null }, newcomerTown, at("2026-11-23"))).toBe("newcomer");
    expect(memberExperience({ experience_override: "experienced" }, newcomerTown, at("2026-11-23"))).toBe(
      "experienced",
    );
  });
});
