import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { MeetingDatabase, MeetingTable } from "./schema-meetings";

/** Timestamps are ISO-8601 UTC strings (sortable as text); dates are YYYY-MM-DD. */
type Timestamp = string;
/** SQLite STRICT tables have no boolean: 0 or 1. */
type Flag = ColumnType<number, number | undefined, number>;

export type Track = "newcomer" | "experienced" | "shared";
export type Experience = "newcomer" | "experienced";
export type SiteRole = "member" | "moderator" | "admin";
export type TagKind = "case" | "theme";

export interface MunicipalityTable {
  id: Generated<number>;
  slug: string;
  name: string;
  region: string;
  joined_on: string;
  experience_override: Experience | null;
  created_at: Timestamp;
}

export interface MemberTable {
  id: Generated<number>;
  municipality_id: number;
  email: string;
  display_name: string;
  profession: string;
  role: SiteRole;
  experience_override: Experience | null;
  password_hash: string | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  hide_newcomer_track: Flag;
  is_mentor: Flag;
  /** Unique lower-case @-handle; a trigger gives "medlem_<id>" when an insert leaves it out. */
  handle: ColumnType<string, string | undefined, string>;
}

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  position: number;
}

export interface ThreadTable {
  id: Generated<number>;
  slug: string;
  title: string;
  category_id: number;
  author_id: number;
  municipality_id: number;
  track: Track;
  pinned: Flag;
  locked: Flag;
  reply_count: ColumnType<number, number | undefined, number>;
  last_post_at: Timestamp;
  last_post_author_id: number;
  created_at: Timestamp;
  solution_post_id: number | null;
  helpful_count: ColumnType<number, number | undefined, number>;
}

export interface PostTable {
  id: Generated<number>;
  thread_id: number;
  author_id: number;
  body_source: string;
  body_html: string;
  created_at: Timestamp;
  edited_at: Timestamp | null;
  deleted_at: Timestamp | null;
  helpful_count: ColumnType<number, number | undefined, number>;
  /** Who deleted the post; only they may undo it, and only for a while. */
  deleted_by_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface PostRevisionTable {
  id: Generated<number>;
  post_id: number;
  editor_id: number;
  /** The post's text before the edit. */
  body_source: string;
  /** The thread's title and tags before the edit, when the opening post's edit changed them. */
  title: string | null;
  tags: string | null;
  created_at: Timestamp;
}

/** Unsent text, saved while the member types: "ny" for a new thread, "traad:<id>" for a reply. */
export interface DraftTable {
  id: Generated<number>;
  member_id: number;
  draft_key: string;
  thread_id: number | null;
  category_id: number | null;
  title: string | null;
  body: string;
  updated_at: Timestamp;
}

export interface BookmarkTable {
  member_id: number;
  post_id: number;
  created_at: Timestamp;
}

export interface HelpfulMarkTable {
  post_id: number;
  member_id: number;
  created_at: Timestamp;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  label: string;
  kind: TagKind;
  description: string;
}

export interface ThreadTagTable {
  thread_id: number;
  tag_id: number;
}

export interface SessionTable {
  /** The public half of the token ("<id>.<secret>"). */
  id: string;
  /** Hex SHA-256 of the secret half; the token itself is never stored. */
  secret_hash: string;
  member_id: number;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface InvitationTable {
  id: Generated<number>;
  token_hash: string;
  email: string;
  municipality_id: number;
  role: SiteRole;
  invited_by_id: number;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_member_id: number | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SignInAttemptTable {
  id: Generated<number>;
  /** "account:<email>" or "address:<ip>" */
  bucket: string;
  attempted_at: Timestamp;
}

export interface AdminEventTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  target_type: string;
  target_id: number | null;
  /** JSON: before/after or other context. */
  detail: string;
  created_at: Timestamp;
  /** When redaction or erasure took personal data out of `detail`; the only change the table allows. */
  scrubbed_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
}

export interface MentorThemeTable {
  member_id: number;
  tag_id: number;
}

export interface MentorClaimTable {
  thread_id: number;
  member_id: number;
  claimed_at: Timestamp;
}

export interface MunicipalityPairingTable {
  newcomer_municipality_id: number;
  mentor_municipality_id: number;
  paired_at: Timestamp;
  paired_by_id: number | null;
}

export interface OnboardingStepTable {
  id: Generated<number>;
  position: number;
  title: string;
  note: string;
  thread_id: number | null;
  article_id: number | null;
  created_at: Timestamp;
}

export interface OnboardingProgressTable {
  member_id: number;
  step_id: number;
  done_at: Timestamp;
}

export interface ThreadTrackChangeTable {
  id: Generated<number>;
  thread_id: number;
  actor_id: number;
  from_track: Track;
  to_track: Track;
  created_at: Timestamp;
}

export interface PostFtsTable {
  rowid: number;
  title: string;
  body: string;
}

export interface ThreadFtsTable {
  rowid: number;
  title: string;
  tags: string;
  body: string;
}

/** PostgreSQL only (migration 20261205T0400): a visible post's analysed text. */
export interface PostSearchTable {
  post_id: number;
  thread_id: number;
  title: string;
  body: string;
}

/** PostgreSQL only: the thread as one tsvector document. */
export interface ThreadSearchTable {
  thread_id: number;
  document: string;
}

export interface ThreadFtsRowTable {
  term: string;
  doc: number;
  cnt: number;
}

export interface ThreadSimilarTable {
  thread_id: number;
  /** JSON array of thread ids, most similar first. */
  similar_ids: string;
}

export interface SearchTermTable {
  term: string;
  reversed: string;
  word: string;
}

export interface SearchSynonymTable {
  id: Generated<number>;
  term: string;
  expansion: string;
}

/** A post change waiting to be sent to Meilisearch (app/search/outbox.server.ts). */
export interface SearchOutboxTable {
  id: Generated<number>;
  post_id: number;
  thread_id: number;
  enqueued_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
}

export type ArticleStatus = "draft" | "published";

/** A moderated summary of what the network has learnt, built from cited posts (app/models/article.server.ts). */
export interface KnowledgeArticleTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary_source: string;
  summary_html: string;
  /** JSON array of strings. */
  key_points: string;
  owner_id: number;
  /** YYYY-MM-DD: when the owner should check the article is still right. */
  review_on: string;
  status: ArticleStatus;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
}

export interface ArticleSourceTable {
  article_id: number;
  post_id: number;
}

export interface ArticleTagTable {
  article_id: number;
  tag_id: number;
}

export type FlagReason = "personal_data" | "inappropriate" | "off_topic" | "other";
export type FlagResolution = "dismissed" | "hidden" | "redacted" | "warned";

/** A member's report of a post (app/models/flag.server.ts). */
export interface PostFlagTable {
  id: Generated<number>;
  post_id: number;
  member_id: number;
  reason: FlagReason;
  note: string | null;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by_id: number | null;
  resolution: FlagResolution | null;
  /** 1 when this open personal-data flag hides the post from members; 0 when the flagger already had too many open flags. */
  hides_post: ColumnType<number, number | undefined, number>;
}

/** A post a moderator has hidden from members. */
export interface PostHiddenTable {
  post_id: number;
  hidden_by_id: number;
  hidden_at: Timestamp;
}

/** A moderator's private note to a post's author, shown on /profil. */
export interface ModeratorWarningTable {
  id: Generated<number>;
  member_id: number;
  post_id: number | null;
  moderator_id: number;
  note: string;
  created_at: Timestamp;
}

export type NotificationKind =
  | "reply"
  | "quoted"
  | "mentioned"
  | "solution"
  | "helpful"
  | "claim"
  | "post_hidden"
  | "flag_handled"
  | "warning"
  | "thread_moved"
  | "newcomer_question"
  | "new_thread"
  | "article_published"
  | "invitation_accepted";

/** One thing to tell one member (app/notifications/notification.server.ts). */
export interface NotificationTable {
  id: Generated<number>;
  member_id: number;
  kind: NotificationKind;
  thread_id: number | null;
  post_id: number | null;
  actor_id: number | null;
  /** JSON: kind-specific details, e.g. { count } for grouped "Nyttigt". */
  data: ColumnType<string, string | undefined, string>;
  group_key: string | null;
  read_at: Timestamp | null;
  created_at: Timestamp;
}

export type WatchTarget = "thread" | "category" | "tag";
/** 0 Lydløs, 1 Normal, 2 Sporer, 3 Følger. */
export type WatchLevel = 0 | 1 | 2 | 3;

export interface WatchTable {
  member_id: number;
  target_type: WatchTarget;
  target_id: number;
  level: WatchLevel;
}

export interface ThreadReadTable {
  member_id: number;
  thread_id: number;
  last_read_post_id: number;
}

export type NotifyEventKind =
  "post_created" | "helpful" | "solution" | "claim" | "moderation" | "invitation_accepted" | "article_published";

/** An event waiting for the notification worker (app/notifications/fan-out.server.ts). */
export interface NotifyEventTable {
  id: Generated<number>;
  kind: NotifyEventKind;
  thread_id: number | null;
  post_id: number | null;
  actor_id: number | null;
  data: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
}

/** A mail waiting for the mail worker (app/mail/outbox.server.ts). */
/** What a queued mail is about: a notification, or a network meeting's invitation or day-before reminder. */
export type MailKind = NotificationKind | "meeting_invitation" | "meeting_reminder" | "digest";

export interface MailOutboxTable {
  id: Generated<number>;
  member_id: number;
  kind: MailKind | AccountMailKind;
  notification_id: number | null;
  /** JSON for account mails (reset link, invitation); null for notification and meeting mails. */
  payload: string | null;
  /** For meeting mails (migration 20261204T2000). */
  meeting_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  next_attempt_at: Timestamp;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

/** Mails about the account itself: never opted out of, composed from the queued payload. */
export type AccountMailKind = "password_reset" | "invitation";

export interface PasswordResetTable {
  id: Generated<number>;
  member_id: number;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  requested_by_id: number | null;
}

export type DigestFrequency = "weekly" | "daily" | "never";

export interface MailDigestSettingTable {
  member_id: number;
  frequency: DigestFrequency;
  last_sent_at: Timestamp | null;
}

/** When the digest step last covered a member (migration 20261205T0000). */
export interface MailDigestStateTable {
  member_id: number;
  last_digest_at: Timestamp;
}

export interface MailOptOutTable {
  member_id: number;
  kind: string;
}

export interface AppSecretTable {
  name: string;
  value: string;
}

export interface Database extends MeetingDatabase {
  municipality: MunicipalityTable;
  member: MemberTable;
  category: CategoryTable;
  thread: ThreadTable;
  post: PostTable;
  tag: TagTable;
  thread_tag: ThreadTagTable;
  session: SessionTable;
  invitation: InvitationTable;
  sign_in_attempt: SignInAttemptTable;
  admin_event: AdminEventTable;
  post_revision: PostRevisionTable;
  helpful_mark: HelpfulMarkTable;
  draft: DraftTable;
  bookmark: BookmarkTable;
  mentor_theme: MentorThemeTable;
  mentor_claim: MentorClaimTable;
  municipality_pairing: MunicipalityPairingTable;
  onboarding_step: OnboardingStepTable;
  onboarding_progress: OnboardingProgressTable;
  thread_track_change: ThreadTrackChangeTable;
  post_fts: PostFtsTable;
  post_search: PostSearchTable;
  thread_search: ThreadSearchTable;
  search_term: SearchTermTable;
  thread_fts: ThreadFtsTable;
  thread_fts_row: ThreadFtsRowTable;
  thread_similar: ThreadSimilarTable;
  search_synonym: SearchSynonymTable;
  search_outbox: SearchOutboxTable;
  post_flag: PostFlagTable;
  post_hidden: PostHiddenTable;
  moderator_warning: ModeratorWarningTable;
  knowledge_article: KnowledgeArticleTable;
  article_source: ArticleSourceTable;
  article_tag: ArticleTagTable;
  notification: NotificationTable;
  watch: WatchTable;
  thread_read: ThreadReadTable;
  notify_event: NotifyEventTable;
  mail_outbox: MailOutboxTable;
  mail_opt_out: MailOptOutTable;
  password_reset: PasswordResetTable;
  mail_digest_setting: MailDigestSettingTable;
  mail_digest_state: MailDigestStateTable;
  app_secret: AppSecretTable;
}

export type Municipality = Selectable<MunicipalityTable>;
export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type MemberUpdate = Updateable<MemberTable>;
export type Category = Selectable<CategoryTable>;
export type Thread = Selectable<ThreadTable>;
export type Post = Selectable<PostTable>;
export type Tag = Selectable<TagTable>;
export type Session = Selectable<SessionTable>;
export type Invitation = Selectable<InvitationTable>;
export type Meeting = Selectable<MeetingTable>;
/** Enough of a thread to link to it and name it. */
export type ThreadHeading = Pick<Thread, "id" | "slug" | "title">;
