import type { Experience } from "../../db/schema";

/** A municipality is a newcomer for its first 12 months in the network. */
export const NEWCOMER_MONTHS = 12;

/** The date (YYYY-MM-DD) on which a municipality that joined on `joinedOn` stops being a newcomer. */
export function newcomerUntil(joinedOn: string): string {
  const [year, month, day] = joinedOn.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + NEWCOMER_MONTHS, day));
  // 29 February plus a year lands on 1 March, which is what we want.
  return end.toISOString().slice(0, 10);
}

export function municipalityExperience(
  municipality: { joined_on: string; experience_override: Experience | null },
  now: Date = new Date(),
): Experience {
  if (municipality.experience_override) return municipality.experience_override;
  return now.toISOString().slice(0, 10) < newcomerUntil(municipality.joined_on) ? "newcomer" : "experienced";
}

/** A member inherits the municipality's experience unless they (or an admin) override it. */
export function memberExperience(
  member: { experience_override: Experience | null },
  municipality: { joined_on: string; experience_override: Experience | null },
  now: Date = new Date(),
): Experience {
  return member.experience_override ?? municipalityExperience(municipality, now);
}
