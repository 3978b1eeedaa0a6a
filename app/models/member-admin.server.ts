import type { Member, SiteRole } from "../../db/schema";
import { invalidateMemberSessions } from "../auth/session.server";
import { memberAdminCopy as copy } from "../copy/members";
import { writeTransaction, type DB } from "../db.server";
import { Refusal } from "../refusal";
import { recordAdminEvent } from "./admin-event.server";
import { countAdmins } from "./member.server";

/** What an admin can change about a member from the member list; each change leaves an audit record. */
export type MemberChange =
  | { intent: "role"; role: SiteRole }
  | { intent: "municipality"; municipalityId: number }
  | { intent: "disable" }
  | { intent: "enable" };

/** The member an admin is about to change, or a 404 refusal. */
export async function findMemberForAdmin(db: DB, memberId: number) {
  const member = await db
    .selectFrom("member")
    .select(["id", "role", "municipality_id", "disabled_at", "display_name", "email"])
    .where("id", "=", memberId)
    .executeTakeFirst();
  if (!member) throw new Refusal(copy.memberNotFound, { status: 404 });
  return member;
}

/** Refuses a change that would leave the network without an active admin. */
export async function assertKeepsAnAdmin(
  db: DB,
  target: Pick<Member, "role">,
  change: { intent: string; role?: SiteRole },
): Promise<void> {
  const removesAdmin =
    target.role === "admin" &&
    ((change.intent === "role" && change.role !== "admin") || change.intent === "disable" || change.intent === "erase");
  if (removesAdmin && (await countAdmins(db)) <= 1) throw new Refusal(copy.lastAdmin, { status: 409 });
}

/** Changes a member's role, municipality or access, with an audit record, in one transaction. */
export async function changeMember(
  db: DB,
  input: {
    actorId: number;
    target: Pick<Member, "id" | "role" | "municipality_id">;
    change: MemberChange;
    now?: Date;
  },
): Promise<void> {
  const { actorId, target, change } = input;
  await assertKeepsAnAdmin(db, target, change);
  const audit = { actorId, targetType: "member", targetId: target.id } as const;
  await writeTransaction(db, async (tx) => {
    switch (change.intent) {
      case "role":
        await tx.updateTable("member").set({ role: change.role }).where("id", "=", target.id).execute();
        await recordAdminEvent(tx, {
          ...audit,
          action: "member.role_changed",
          detail: { before: target.role, after: change.role },
        });
        return;
      case "municipality": {
        const exists = await tx
          .selectFrom("municipality")
          .select("id")
          .where("id", "=", change.municipalityId)
          .executeTakeFirst();
        if (!exists) throw new Refusal(copy.municipalityNotFound, { status: 400 });
        await tx
          .updateTable("member")
          .set({ municipality_id: change.municipalityId })
          .where("id", "=", target.id)
          .execute();
        await recordAdminEvent(tx, {
          ...audit,
          action: "member.municipality_changed",
          detail: { before: target.municipality_id, after: change.municipalityId },
        });
        return;
      }
      case "disable":
        await tx
          .updateTable("member")
          .set({ disabled_at: (input.now ?? new Date()).toISOString() })
          .where("id", "=", target.id)
          .execute();
        await invalidateMemberSessions(tx, target.id);
        await recordAdminEvent(tx, { ...audit, action: "member.disabled" });
        return;
      case "enable":
        await tx.updateTable("member").set({ disabled_at: null }).where("id", "=", target.id).execute();
        await recordAdminEvent(tx, { ...audit, action: "member.enabled" });
        return;
    }
  });
}
