/**
 * Meetings are planned in Copenhagen wall-clock time and stored as UTC
 * instants. Plain TypeScript on Intl, so the browser and server agree.
 */
export const MEETING_TIME_ZONE = "Europe/Copenhagen";

const wallClockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: MEETING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-03-29T14:00": the Copenhagen wall clock at an instant. */
export function copenhagenWallClock(instant: Date): string {
  const part = Object.fromEntries(wallClockFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * The UTC instant of a Copenhagen wall-clock time ("YYYY-MM-DDTHH:MM"), or
 * null when that time does not exist there (the hour skipped when the clocks
 * go forward in spring). The hour that happens twice in autumn resolves to
 * its first occurrence, summer time, as calendars do.
 */
export function copenhagenToUtc(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // Copenhagen is UTC+1 in winter and UTC+2 in summer.
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (copenhagenWallClock(instant) === local) return instant;
  }
  return null;
}
