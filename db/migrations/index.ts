import type { Migration } from "kysely";
import * as foundation from "./20261123T1000_foundation";
import * as membersAndSessions from "./20261123T1100_members_and_sessions";
import * as posting from "./20261123T1200_posting";
import * as tracksAndMentoring from "./20261123T1300_tracks_and_mentoring";
import * as search from "./20261123T1400_search";
import * as searchOutbox from "./20261123T1500_search_outbox";
import * as flags from "./20261123T1600_flags";
import * as knowledgeBase from "./20261123T1700_knowledge_base";
import * as onboardingArticles from "./20261123T1800_onboarding_articles";
import * as auditScrubbing from "./20261204T1100_audit_scrubbing";
import * as draftsBookmarksUndo from "./20261204T1500_drafts_bookmarks_undo";
import * as flagHidesPost from "./20261204T1200_flag_hides_post";
import * as ftsSecureDelete from "./20261204T1105_fts_secure_delete";
import * as mailOutbox from "./20261204T1705_mail_outbox";
import * as meetingMail from "./20261204T2000_meeting_mail";
import * as meetings from "./20261204T1800_meetings";
import * as notifications from "./20261204T1700_notifications";
import * as mailDigestSetting from "./20261204T1905_mail_digest_setting";
import * as mailDigestState from "./20261205T0000_mail_digest_state";
import * as passwordReset from "./20261204T1900_password_reset";
import * as scrollableCodeAndTables from "./20261204T1600_scrollable_code_and_tables";
import * as threadFtsSecureDelete from "./20261204T1410_thread_fts_secure_delete";
import * as threadSearch from "./20261204T1400_thread_search";
import * as postgresSearch from "./20261205T0400_postgres_search";

/**
 * Listed statically rather than read from the folder at run time, so the same
 * migrations run from tsx, from the bundled server and from tests. A unit test
 * checks that every file in this folder is listed here.
 */
export const migrations: Record<string, Migration> = {
  "20261123T1000_foundation": foundation,
  "20261123T1100_members_and_sessions": membersAndSessions,
  "20261123T1200_posting": posting,
  "20261123T1300_tracks_and_mentoring": tracksAndMentoring,
  "20261123T1400_search": search,
  "20261123T1500_search_outbox": searchOutbox,
  "20261123T1600_flags": flags,
  "20261123T1700_knowledge_base": knowledgeBase,
  "20261123T1800_onboarding_articles": onboardingArticles,
  "20261204T1100_audit_scrubbing": auditScrubbing,
  "20261204T1105_fts_secure_delete": ftsSecureDelete,
  "20261204T1200_flag_hides_post": flagHidesPost,
  "20261204T1400_thread_search": threadSearch,
  "20261204T1410_thread_fts_secure_delete": threadFtsSecureDelete,
  "20261204T1500_drafts_bookmarks_undo": draftsBookmarksUndo,
  "20261204T1600_scrollable_code_and_tables": scrollableCodeAndTables,
  "20261204T1700_notifications": notifications,
  "20261204T1705_mail_outbox": mailOutbox,
  "20261204T1800_meetings": meetings,
  "20261204T1900_password_reset": passwordReset,
  "20261204T1905_mail_digest_setting": mailDigestSetting,
  "20261204T2000_meeting_mail": meetingMail,
  "20261205T0000_mail_digest_state": mailDigestState,
  "20261205T0400_postgres_search": postgresSearch,
};
