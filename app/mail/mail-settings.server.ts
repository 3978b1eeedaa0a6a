import type { DigestFrequency } from "../../db/schema";
import { type DB, writeTransaction } from "../db.server";

import { DIGEST_FREQUENCIES, MAIL_CHOICE_NAMES, MAIL_CHOICES, type MailChoice } from "./mail-choices";

export { DIGEST_FREQUENCIES, MAIL_CHOICE_NAMES, MAIL_CHOICES, type MailChoice };
const ALL_CHOICE_KINDS: string[] = Object.values(MAIL_CHOICES).flat();

export interface MemberMailSettings {
  immediate: Record<MailChoice, boolean>;
  digest: DigestFrequency;
}

/** The choice a notification kind belongs to (for the unsubscribe confirmation), or null. */
export function choiceForKind(kind: string): MailChoice | null {
  return MAIL_CHOICE_NAMES.find((choice) => (MAIL_CHOICES[choice] as readonly string[]).includes(kind)) ?? null;
}

export async function readMailSettings(db: DB, memberId: number): Promise<MemberMailSettings> {
  const [optOuts, digest] = await Promise.all([
    db.selectFrom("mail_opt_out").select("kind").where("member_id", "=", memberId).execute(),
    db.selectFrom("mail_digest_setting").select("frequency").where("member_id", "=", memberId).executeTakeFirst(),
  ]);
  const off = new Set(optOuts.map((row) => row.kind));
  const immediate = Object.fromEntries(
    MAIL_CHOICE_NAMES.map((choice) => [
      choice,
      !off.has("all") && MAIL_CHOICES[choice].every((kind) => !off.has(kind)),
    ]),
  ) as Record<MailChoice, boolean>;
  return { immediate, digest: digest?.frequency ?? "weekly" };
}

/** Replaces the member's choices with these; the mail worker reads mail_opt_out when it composes each mail. */
export async function saveMailSettings(db: DB, memberId: number, settings: MemberMailSettings): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx
      .deleteFrom("mail_opt_out")
      .where("member_id", "=", memberId)
      .where("kind", "in", [...ALL_CHOICE_KINDS, "all"])
      .execute();
    const off = MAIL_CHOICE_NAMES.filter((choice) => !settings.immediate[choice]).flatMap(
      (choice) => MAIL_CHOICES[choice],
    );
    if (off.length > 0)
      await tx
        .insertInto("mail_opt_out")
        .values(off.map((kind) => ({ member_id: memberId, kind })))
        .execute();
    await tx
      .insertInto("mail_digest_setting")
      .values({ member_id: memberId, frequency: settings.digest })
      .onConflict((oc) => oc.column("member_id").doUpdateSet({ frequency: settings.digest }))
      .execute();
  });
}

/**
 * What an unsubscribe link does: the digest's link sets the digest to "never"
 * (the settings page shows it so); any other kind is opted out of by itself.
 */
export async function unsubscribeFromMail(db: DB, memberId: number, kind: string): Promise<void> {
  if (kind === "digest") {
    await db
      .insertInto("mail_digest_setting")
      .values({ member_id: memberId, frequency: "never" })
      .onConflict((oc) => oc.column("member_id").doUpdateSet({ frequency: "never" }))
      .execute();
    return;
  }
  await db
    .insertInto("mail_opt_out")
    .values({ member_id: memberId, kind })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether the member said no to this kind of mail, or to all mail: the worker asks just before it composes one. */
export async function hasOptedOut(db: DB, memberId: number, kind: string): Promise<boolean> {
  const row = await db
    .selectFrom("mail_opt_out")
    .select("kind")
    .where("member_id", "=", memberId)
    .where("kind", "in", [kind, "all"])
    .executeTakeFirst();
  return row !== undefined;
}
