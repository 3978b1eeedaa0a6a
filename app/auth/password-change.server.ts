import { profileCopy } from "../copy/profile";
import type { DB } from "../db.server";
import { writeTransaction } from "../db.server";
import { findPasswordHash, setPasswordHash } from "../models/member.server";
import { Refusal } from "../refusal";
import { hashPassword, verifyPassword } from "./password.server";
import { invalidateMemberSessions } from "./session.server";

/**
 * A signed-in member changes their own password: the current one must match, and every other session ends
 * (e.g. one left open on a shared office computer). Refuses with the field `currentPassword` when it does not match.
 */
export async function changeOwnPassword(
  db: DB,
  member: { id: number; sessionId: string },
  passwords: { current: string; next: string },
): Promise<void> {
  const currentHash = await findPasswordHash(db, member.id);
  if (!currentHash || !(await verifyPassword(currentHash, passwords.current)))
    throw new Refusal(profileCopy.currentPasswordWrong, { field: "currentPassword" });
  const passwordHash = await hashPassword(passwords.next);
  await writeTransaction(db, async (tx) => {
    await setPasswordHash(tx, member.id, passwordHash);
    await invalidateMemberSessions(tx, member.id, member.sessionId);
  });
}
