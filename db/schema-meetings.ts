import type { ColumnType, Generated, Selectable } from "kysely";

/** The monthly network meeting and the handbook's audience sections (migration 20261204T1800). */
type Timestamp = string;
type Flag = ColumnType<number, number | undefined, number>;

export type AgendaItemStatus = "proposed" | "accepted" | "declined";
export type AttendanceAnswer = "attending" | "online" | "absent";
export type Audience = "leaders" | "practitioners" | "partners";
export type PartnerProfession = "uu" | "jobcenter" | "ssp" | "skole" | "socialforvaltning";

export interface MeetingTable {
  id: Generated<number>;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: ColumnType<string, string | undefined, string>;
  online_url: ColumnType<string, string | undefined, string>;
  host_municipality_id: number | null;
  description: ColumnType<string, string | undefined, string>;
  agenda_published_at: Timestamp | null;
  minutes_published_at: Timestamp | null;
  ics_sequence: ColumnType<number, number | undefined, number>;
  /** When the day-before reminder mails were queued (migration 20261204T2000); null until then. */
  reminder_queued_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  thread_id: number | null;
  proposer_id: number | null;
  status: AgendaItemStatus;
  decline_reason: ColumnType<string, string | undefined, string>;
  position: ColumnType<number, number | undefined, number>;
  duration_minutes: number | null;
  presenter: ColumnType<string, string | undefined, string>;
  is_opening_round: Flag;
  notes_source: ColumnType<string, string | undefined, string>;
  notes_post_id: number | null;
  created_at: Timestamp;
}

export interface AgendaSupportTable {
  item_id: number;
  member_id: number;
  created_at: Timestamp;
}

export interface MeetingAttendanceTable {
  meeting_id: number;
  member_id: number;
  answer: AttendanceAnswer;
  updated_at: Timestamp;
}

export interface MeetingActionTable {
  id: Generated<number>;
  meeting_id: number;
  item_id: number | null;
  description: string;
  owner_id: number;
  due_on: string;
  done_at: Timestamp | null;
  created_at: Timestamp;
}

export interface CalendarFeedTable {
  member_id: number;
  token_hash: string;
  created_at: Timestamp;
}

export interface ArticleSectionTable {
  id: Generated<number>;
  article_id: number;
  audience: Audience;
  partner: PartnerProfession | null;
  body_source: string;
  body_html: string;
  position: ColumnType<number, number | undefined, number>;
}

export interface MeetingDatabase {
  meeting: MeetingTable;
  agenda_item: AgendaItemTable;
  agenda_support: AgendaSupportTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_action: MeetingActionTable;
  calendar_feed: CalendarFeedTable;
  article_section: ArticleSectionTable;
}

export type Meeting = Selectable<MeetingTable>;
export type AgendaItem = Selectable<AgendaItemTable>;
