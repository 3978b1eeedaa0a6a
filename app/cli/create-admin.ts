import { freeHandleFor } from "../notifications/member-handle.server";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { DB } from "../db.server";
import { writeTransaction } from "../db.server";
import { hashPassword } from "../auth/password.server";
import { recordAdminEvent } from "../models/admin-event.server";
import { findMemberByEmail } from "../models/member.server";
import { slugify } from "../models/slug";
import { assertNoPersonalData, PersonalDataRefusal } from "../privacy/personal-data.server";

export interface CreateAdminInput {
  email: string;
  municipality: string;
  region?: string;
  name?: string;
}

/**
 * Creates the first administrator of an empty network and returns a one-time
 * password; refuses when an admin already exists (they invite everyone else).
 */
export async function createFirstAdmin(
  db: DB,
  input: CreateAdminInput,
): Promise<{ memberId: number; password: string }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${input.email}" is not an email address.`);
  const municipalityName = input.municipality.trim();
  if (municipalityName.length < 2) throw new Error("--municipality needs a name, e.g. --municipality Aarhus");
  try {
    assertNoPersonalData({ municipality: municipalityName, region: input.region, name: input.name });
  } catch (error) {
    if (error instanceof PersonalDataRefusal)
      throw new Error(
        `--${Object.keys(error.fieldErrors)[0]} contains what looks like a CPR number; nothing was created.`,
      );
    throw error;
  }
  const admins = await db
    .selectFrom("member")
    .select("id")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .execute();
  if (admins.length > 0)
    throw new Error("The network already has an administrator; invite new members from /admin/invitationer.");
  if (await findMemberByEmail(db, email)) throw new Error(`A member with ${email} already exists.`);

  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  const password = encodeBase32LowerCaseNoPadding(bytes);
  const passwordHash = await hashPassword(password);
  const now = new Date().toISOString();
  const memberId = await writeTransaction(db, async (tx) => {
    const existing = await tx
      .selectFrom("municipality")
      .select("id")
      .where("slug", "=", slugify(municipalityName))
      .executeTakeFirst();
    const municipalityId =
      existing?.id ??
      (
        await tx
          .insertInto("municipality")
          .values({
            slug: slugify(municipalityName),
            name: municipalityName,
            region: input.region ?? "",
            joined_on: now.slice(0, 10),
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const member = await tx
      .insertInto("member")
      .values({
        municipality_id: municipalityId,
        email,
        display_name: input.name ?? "Administrator",
        handle: await freeHandleFor(tx, input.name ?? "Administrator"),
        profession: "Netværkskoordinator",
        role: "admin",
        password_hash: passwordHash,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAdminEvent(tx, {
      actorId: null,
      action: "member.created_by_cli",
      targetType: "member",
      targetId: member.id,
      detail: { role: "admin", email },
    });
    return member.id;
  });
  return { memberId, password };
}
