/** When and where a meeting is: what every list, mail and calendar entry of meetings shows. */
export const meetingWhenAndWhereColumns = [
  "meeting.id",
  "meeting.title",
  "meeting.starts_at",
  "meeting.ends_at",
  "meeting.place",
  "meeting.online_url",
] as const;

/** What a calendar entry needs (joined with the host municipality): the feed, the invitation mail, the meeting page. */
export const calendarMeetingColumns = [
  ...meetingWhenAndWhereColumns,
  "meeting.description",
  "meeting.ics_sequence",
  "meeting.updated_at",
  "municipality.name as host_name",
] as const;
