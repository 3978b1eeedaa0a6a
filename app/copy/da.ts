import type { Track } from "../../db/schema";

/** Danish UI wording in one place, so the same thing is always called the same. */
export const trackLabels: Record<Track, string> = {
  newcomer: "Ny i netværket",
  experienced: "Erfarne",
  shared: "Fælles",
};

export const trackDescriptions: Record<Track, string> = {
  newcomer: "Spørgsmål fra nye kommuner og nye kolleger",
  experienced: "Fordybende drøftelser mellem erfarne",
  shared: "For alle i netværket",
};

/** URL values for the track filter (?spor=…), Danish for readable links. */
export const trackParams: Record<Track, string> = { newcomer: "ny", experienced: "erfarne", shared: "faelles" };

export function trackFromParam(value: string | null): Track | undefined {
  const entry = Object.entries(trackParams).find(([, param]) => param === value);
  return entry ? (entry[0] as Track) : undefined;
}

/** ?spor=alle asks for every track; ?spor=ny|erfarne|faelles for one. */
export function trackChoiceFromParam(value: string | null): Track | "all" | undefined {
  return value === "alle" ? "all" : trackFromParam(value);
}

export const roleLabels = { member: "Medlem", moderator: "Moderator", admin: "Administrator" } as const;
export const experienceLabels = { newcomer: "Ny i netværket", experienced: "Erfaren" } as const;
export const tagKindLabels = { case: "Case-tag", theme: "Tema" } as const;

export function pluralise(count: number, one: string, many: string): string {
  return `${count.toLocaleString("da-DK")} ${count === 1 ? one : many}`;
}
