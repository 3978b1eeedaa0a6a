// A fixed time zone: server and browser must format the same way, or hydration differs.
const timeZone = "Europe/Copenhagen";

const dateFormat = new Intl.DateTimeFormat("da-DK", { timeZone, day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("da-DK", {
  timeZone,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const longDateFormat = new Intl.DateTimeFormat("da-DK", { timeZone, day: "numeric", month: "long", year: "numeric" });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatLongDate(isoOrDay: string): string {
  return longDateFormat.format(new Date(isoOrDay.length === 10 ? `${isoOrDay}T12:00:00Z` : isoOrDay));
}

/** "for 3 timer siden", relative to `now` (passed in so server and browser agree). */
export function formatRelative(iso: string, now: string): string {
  const seconds = Math.max(0, (new Date(now).getTime() - new Date(iso).getTime()) / 1000);
  if (seconds < 60) return "lige nu";
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "for 1 minut siden" : `for ${minutes} minutter siden`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? "for 1 time siden" : `for ${hours} timer siden`;
  const days = Math.floor(hours / 24);
  if (days < 31) return days === 1 ? "i går" : `for ${days} dage siden`;
  return formatDate(iso);
}

const monthYearFormat = new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", month: "long", year: "numeric" });

/** "oktober 2026" for a month written "2026-10". */
export function formatMonth(month: string): string {
  return monthYearFormat.format(new Date(`${month.slice(0, 7)}-01T12:00:00Z`));
}

/** The ISO week number of a day (YYYY-MM-DD): Danish calendars count weeks this way. */
export function isoWeek(day: string): number {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** "uge 42 (12. okt. 2026)" for the Monday a week starts on. */
export function formatWeek(mondayDay: string): string {
  return `uge ${isoWeek(mondayDay)} (${formatDate(`${mondayDay.slice(0, 10)}T12:00:00Z`)})`;
}

const shortMonthFormat = new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", month: "short" });

/** "okt." for a month written "2026-10": a chart's column label. */
export function formatShortMonth(month: string): string {
  return shortMonthFormat.format(new Date(`${month.slice(0, 7)}-01T00:00:00Z`));
}

const clockFormat = new Intl.DateTimeFormat("da-DK", { timeZone, hour: "2-digit", minute: "2-digit" });

/** "14.05": the time of day in Denmark. */
export function formatTimeOfDay(date: Date): string {
  return clockFormat.format(date);
}
