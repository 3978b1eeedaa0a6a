import { unsubscribeFromMail } from "./mail-settings.server";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { DB } from "../db.server";

/** The installation's key for signing unsubscribe links (made by the mail migration). */
async function linkKey(db: DB): Promise<string> {
  const row = await db
    .selectFrom("app_secret")
    .select("value")
    .where("name", "=", "mail_link_key")
    .executeTakeFirstOrThrow();
  return row.value;
}

const sign = (key: string, payload: string) =>
  createHmac("sha256", key).update(payload).digest("base64url").slice(0, 32);

/** "<member>.<kind>.<signature>": unsubscribes one member from one kind of mail, without signing in (RFC 8058). */
export async function unsubscribeToken(db: DB, memberId: number, kind: string): Promise<string> {
  const payload = `${memberId}.${kind}`;
  return `${payload}.${sign(await linkKey(db), payload)}`;
}

/** The member and kind a token stands for, or null for anything not signed by this installation. */
export async function readUnsubscribeToken(db: DB, token: string): Promise<{ memberId: number; kind: string } | null> {
  const match = /^([1-9][0-9]{0,15})\.([a-z_]{1,40})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const [, member, kind, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(await linkKey(db), `${member}.${kind}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { memberId: Number(member), kind };
}

/** Stops the kind of mail a valid token names for its member; answers who and what, or null for a bad token. */
export async function unsubscribeWithToken(db: DB, token: string): Promise<{ memberId: number; kind: string } | null> {
  const target = await readUnsubscribeToken(db, token);
  if (!target) return null;
  const member = await db.selectFrom("member").select("id").where("id", "=", target.memberId).executeTakeFirst();
  if (!member) return null;
  await unsubscribeFromMail(db, member.id, target.kind);
  return target;
}
