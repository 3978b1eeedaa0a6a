import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { createMember } from "../factories";

/** A new session for the member, as signing in makes one; the token goes in the session cookie. */
export async function sessionFor(memberId: number): Promise<string> {
  const token = generateSessionToken();
  await createSession(getDb(), token, memberId);
  return token;
}

/** A new member (a member of a new municipality unless told otherwise) with a session. */
export async function signedInMember(overrides: Parameters<typeof createMember>[0] = {}) {
  const member = await createMember(overrides);
  return { ...member, token: await sessionFor(member.id) };
}

export type SignedInMember = Awaited<ReturnType<typeof signedInMember>>;
