// Meeting times in Danish, always in Copenhagen time, whatever the server's or reader's zone.
const timeZone = "Europe/Copenhagen";
const dayFormat = new Intl.DateTimeFormat("da-DK", {
  timeZone,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const clockFormat = new Intl.DateTimeFormat("da-DK", { timeZone, hour: "2-digit", minute: "2-digit" });
const isoDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

/** "torsdag den 14. januar 2027 kl. 13.00–16.00" */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const readable = dayFormat.format(start);
  const sameDay = isoDayFormat.format(start) === isoDayFormat.format(end);
  return sameDay
    ? `${readable} kl. ${clockFormat.format(start)}–${clockFormat.format(end)}`
    : `${readable} kl. ${clockFormat.format(start)} – ${dayFormat.format(end)} kl. ${clockFormat.format(end)}`;
}

/** "13.00" */
export function formatClock(iso: string): string {
  return clockFormat.format(new Date(iso));
}

/** The Copenhagen calendar day (YYYY-MM-DD) and clock (HH:MM) of an instant, for form fields. */
export function meetingFormParts(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return { date: isoDayFormat.format(instant), time: clock };
}
