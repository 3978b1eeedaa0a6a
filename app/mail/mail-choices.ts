import type { DigestFrequency, NotificationKind } from "../../db/schema";

// Shared with the browser: the settings page renders these lists, and a
// *.server module is empty in the client bundle.

/** The choices on the settings page, each covering the notification kinds it names. */
export const MAIL_CHOICES = {
  reply: ["reply"],
  mentioned: ["mentioned"],
  quoted: ["quoted"],
  claim: ["claim"],
  moderation: ["post_hidden", "warning", "thread_moved"],
} as const satisfies Record<string, readonly NotificationKind[]>;

export type MailChoice = keyof typeof MAIL_CHOICES;
export const MAIL_CHOICE_NAMES = Object.keys(MAIL_CHOICES) as MailChoice[];
export const DIGEST_FREQUENCIES = ["weekly", "daily", "never"] as const satisfies readonly DigestFrequency[];
