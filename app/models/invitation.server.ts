import { recordNotifyEvent } from "../notifications/events.server";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import type { SiteRole } from "../../db/schema";
import { hashPassword } from "../auth/password.server";
import { invitationAcceptCopy as copy } from "../copy/members";
import { writeTransaction, type DB } from "../db.server";
import { freeHandleFor } from "../notifications/member-handle.server";
import { Refusal } from "../refusal";
import { recordAdminEvent } from "./admin-event.server";
import { findMemberByEmail } from "./member.server";

export const INVITATION_LIFETIME_MS = 14 * 24 * 3_600_000;

function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Creates a single-use invitation; only the token's hash is stored, so the link is shown once. */
export async function createInvitation(
  db: DB,
  input: { email: string; municipalityId: number; role: SiteRole; invitedById: number },
  now = new Date(),
): Promise<{ id: number; token: string; expiresAt: string }> {
  const bytes = new Uint8Array(25);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString();
  const row = await db
    .insertInto("invitation")
    .values({
      token_hash: hashToken(token),
      email: input.email.trim().toLowerCase(),
      municipality_id: input.municipalityId,
      role: input.role,
      invited_by_id: input.invitedById,
      expires_at: expiresAt,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, token, expiresAt };
}

export type InvitationState =
  | {
      status: "valid";
      invitation: {
        id: number;
        email: string;
        role: SiteRole;
        municipalityId: number;
        municipalityName: string;
        expiresAt: string;
      };
    }
  | { status: "expired" | "used" | "revoked" | "unknown" };

export async function findInvitation(db: DB, token: string, now = new Date()): Promise<InvitationState> {
  if (!/^[a-z2-7]{20,80}$/.test(token)) return { status: "unknown" };
  const row = await db
    .selectFrom("invitation")
    .innerJoin("municipality", "municipality.id", "invitation.municipality_id")
    .where("invitation.token_hash", "=", hashToken(token))
    .select([
      "invitation.id",
      "invitation.email",
      "invitation.role",
      "invitation.expires_at",
      "invitation.accepted_at",
      "invitation.revoked_at",
      "municipality.id as municipality_id",
      "municipality.name as municipality_name",
    ])
    .executeTakeFirst();
  if (!row) return { status: "unknown" };
  if (row.accepted_at) return { status: "used" };
  if (row.revoked_at) return { status: "revoked" };
  if (row.expires_at <= now.toISOString()) return { status: "expired" };
  return {
    status: "valid",
    invitation: {
      id: row.id,
      email: row.email,
      role: row.role,
      municipalityId: row.municipality_id,
      municipalityName: row.municipality_name,
      expiresAt: row.expires_at,
    },
  };
}

/** Marks the invitation used; returns false if another request used it first. */
export async function markInvitationAccepted(
  db: DB,
  invitationId: number,
  memberId: number,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable("invitation")
    .set({ accepted_at: now.toISOString(), accepted_member_id: memberId })
    .where("id", "=", invitationId)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  const invitation = await db
    .selectFrom("invitation")
    .select("invited_by_id")
    .where("id", "=", invitationId)
    .executeTakeFirstOrThrow();
  await recordNotifyEvent(db, {
    kind: "invitation_accepted",
    actorId: memberId,
    data: { memberIds: [invitation.invited_by_id] },
    at: now.toISOString(),
  });
  return true;
}

/** The invitation's inviter, for the permission to revoke it. */
export async function findInvitationInviter(db: DB, invitationId: number) {
  return db.selectFrom("invitation").select(["id", "invited_by_id"]).where("id", "=", invitationId).executeTakeFirst();
}

export async function revokeInvitation(db: DB, invitationId: number, now = new Date()): Promise<void> {
  await db
    .updateTable("invitation")
    .set({ revoked_at: now.toISOString() })
    .where("id", "=", invitationId)
    .where("accepted_at", "is", null)
    .execute();
}

export async function listOpenInvitations(db: DB, now = new Date()) {
  return db
    .selectFrom("invitation")
    .innerJoin("municipality", "municipality.id", "invitation.municipality_id")
    .innerJoin("member as inviter", "inviter.id", "invitation.invited_by_id")
    .where("invitation.accepted_at", "is", null)
    .where("invitation.revoked_at", "is", null)
    .where("invitation.expires_at", ">", now.toISOString())
    .select([
      "invitation.id",
      "invitation.email",
      "invitation.role",
      "invitation.expires_at",
      "invitation.created_at",
      "invitation.invited_by_id",
      "municipality.name as municipality_name",
      "inviter.display_name as inviter_name",
    ])
    .orderBy("invitation.created_at", "desc")
    .execute();
}

/**
 * Creates the invited member with the invitation's email, role and
 * municipality, marks the invitation used and records it; answers the new
 * member's id. Refuses when the email already has a member (409) or another
 * request used the invitation first (410).
 */
export async function acceptInvitation(
  db: DB,
  invitation: { id: number; email: string; role: SiteRole; municipalityId: number },
  profile: { displayName: string; profession: string; password: string },
  now = new Date(),
): Promise<number> {
  if (await findMemberByEmail(db, invitation.email)) throw new Refusal(copy.emailTaken, { status: 409 });
  const passwordHash = await hashPassword(profile.password);
  return writeTransaction(db, async (tx) => {
    const member = await tx
      .insertInto("member")
      .values({
        municipality_id: invitation.municipalityId,
        email: invitation.email,
        display_name: profile.displayName,
        handle: await freeHandleFor(tx, profile.displayName),
        profession: profile.profession,
        role: invitation.role,
        password_hash: passwordHash,
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (!(await markInvitationAccepted(tx, invitation.id, member.id, now)))
      throw new Refusal(copy.alreadyUsed, { status: 410 });
    await recordAdminEvent(tx, {
      actorId: member.id,
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: invitation.id,
      detail: { memberId: member.id },
    });
    return member.id;
  });
}
