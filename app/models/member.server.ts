import { sql } from "kysely";
import type { Experience, SiteRole } from "../../db/schema";
import type { DB } from "../db.server";
import { memberExperience } from "./experience";
import { postVisibleToMembers } from "./post-visibility.server";
import { equalsIgnoringAsciiCase, likeIgnoringAsciiCase } from "../../db/dialect";

export async function findMemberByEmail(db: DB, email: string) {
  return db
    .selectFrom("member")
    .selectAll()
    .where(equalsIgnoringAsciiCase(db, "email", email.trim()))
    .executeTakeFirst();
}

export async function findMemberProfile(db: DB, memberId: number, now = new Date()) {
  const row = await db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .where("member.id", "=", memberId)
    .select([
      "member.id",
      "member.display_name",
      "member.profession",
      "member.role",
      "member.experience_override",
      "member.disabled_at",
      "member.created_at",
      "municipality.id as municipality_id",
      "municipality.name as municipality_name",
      "municipality.slug as municipality_slug",
      "municipality.joined_on",
      "municipality.experience_override as municipality_override",
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    experience: memberExperience(
      row,
      { joined_on: row.joined_on, experience_override: row.municipality_override },
      now,
    ),
  };
}

export async function listMemberPosts(db: DB, memberId: number, options: { limit: number; offset: number }) {
  return db
    .selectFrom("post")
    .innerJoin("thread", "thread.id", "post.thread_id")
    .where("post.author_id", "=", memberId)
    .where(postVisibleToMembers("post"))
    .select([
      "post.id",
      "post.created_at",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
    ])
    .orderBy("post.created_at", "desc")
    .orderBy("post.id", "desc")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function updateOwnProfile(
  db: DB,
  memberId: number,
  fields: { display_name: string; profession: string; experience_override: Experience | null },
): Promise<void> {
  await db.updateTable("member").set(fields).where("id", "=", memberId).execute();
}

export async function setPasswordHash(db: DB, memberId: number, passwordHash: string): Promise<void> {
  await db.updateTable("member").set({ password_hash: passwordHash }).where("id", "=", memberId).execute();
}

/** Who a member is, as every member query shows it: the session's member, the admin list, the data export. */
export const memberIdentityColumns = [
  "member.id",
  "member.email",
  "member.display_name",
  "member.profession",
  "member.role",
] as const;

export async function listMembersForAdmin(db: DB, options: { query?: string; limit: number; offset: number }) {
  let query = db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .select([
      ...memberIdentityColumns,
      "member.disabled_at",
      "member.created_at",
      "municipality.id as municipality_id",
      "municipality.name as municipality_name",
    ]);
  if (options.query) {
    const pattern = `%${options.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`member.display_name ${sql.raw(likeIgnoringAsciiCase(db))} ${pattern} escape '\\'`,
        sql<boolean>`member.email ${sql.raw(likeIgnoringAsciiCase(db))} ${pattern} escape '\\'`,
      ]),
    );
  }
  return query.orderBy("member.display_name").limit(options.limit).offset(options.offset).execute();
}

export async function countAdmins(db: DB): Promise<number> {
  const row = await db
    .selectFrom("member")
    .where("role", "=", "admin")
    .where("disabled_at", "is", null)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type { SiteRole };

/** Up to `limit` active members whose handle starts with `prefix` (already folded to a-z0-9, so LIKE's wildcards cannot appear). */
export async function listMembersByHandlePrefix(db: DB, prefix: string, limit: number) {
  return db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .select(["member.handle", "member.display_name", "municipality.name as municipality"])
    .where("member.disabled_at", "is", null)
    .where("member.handle", "like", `${prefix}%`)
    .orderBy("member.handle")
    .limit(limit)
    .execute();
}

/** Active members by name, for a select field. */
export async function listActiveMemberOptions(db: DB) {
  return db
    .selectFrom("member")
    .select(["id", "display_name"])
    .where("disabled_at", "is", null)
    .orderBy("display_name")
    .execute();
}

export async function findMemberHandle(db: DB, memberId: number): Promise<string | undefined> {
  return (await db.selectFrom("member").select("handle").where("id", "=", memberId).executeTakeFirst())?.handle;
}

export async function findPasswordHash(db: DB, memberId: number): Promise<string | null> {
  const row = await db.selectFrom("member").select("password_hash").where("id", "=", memberId).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function memberExists(db: DB, memberId: number): Promise<boolean> {
  return (await db.selectFrom("member").select("id").where("id", "=", memberId).executeTakeFirst()) !== undefined;
}

export async function countActiveMembers(db: DB): Promise<number> {
  const row = await db
    .selectFrom("member")
    .where("disabled_at", "is", null)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
