import { formatTimeOfDay } from "../copy/dates";
import { signInCopy as copy } from "../copy/members";
import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { recordSignInFailure, recordSignInSuccess, signInBlockedUntil } from "./rate-limit.server";
import { createSession, generateSessionToken } from "./session.server";

/**
 * Checks an email and password and opens a session: the new session's token
 * and expiry for the cookie. Refuses (429) while the email or address is
 * throttled, and with one message for every other failure.
 */
export async function signIn(
  db: DB,
  attempt: { email: string; password: string; address: string },
): Promise<{ token: string; expiresAt: Date }> {
  const throttle = { email: attempt.email, address: attempt.address };
  const until = await signInBlockedUntil(db, throttle);
  if (until) throw new Refusal(copy.blocked(formatTimeOfDay(until)), { status: 429 });
  const member = await db
    .selectFrom("member")
    .where(({ eb, fn }) => eb(fn("lower", ["email"]), "=", attempt.email.toLowerCase()))
    .select(["id", "password_hash", "disabled_at"])
    .executeTakeFirst();
  // Without a member, a dummy hash is checked anyway, so the answer takes as long either way.
  const valid = member?.password_hash
    ? await verifyPassword(member.password_hash, attempt.password)
    : (await verifyAgainstDummy(attempt.password), false);
  if (!member || !valid || member.disabled_at) {
    await recordSignInFailure(db, throttle);
    throw new Refusal(copy.failed, { status: 400 });
  }
  await recordSignInSuccess(db, throttle);
  const token = generateSessionToken();
  const session = await createSession(db, token, member.id);
  return { token, expiresAt: session.expiresAt };
}
