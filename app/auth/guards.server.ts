import { redirect } from "@remix-run/node";
import type { Experience, Member, Municipality } from "../../db/schema";
import { canAdminister, canModerate } from "./permissions";
import { getDb } from "../db.server";
import { memberExperience } from "../models/experience";
import { readSessionToken } from "./session-cookie.server";
import { requestSessionEntry } from "./request-session.server";
import { validateSessionToken, type ValidSession } from "./session.server";
import { permissionCopy } from "../copy/permissions-and-limits";
import { memberIdentityColumns } from "../models/member.server";

export type CurrentMember = Pick<
  Member,
  "id" | "email" | "display_name" | "profession" | "role" | "municipality_id" | "experience_override"
> & {
  municipality_name: Municipality["name"];
  municipality_slug: Municipality["slug"];
  /** The member's own level, or their municipality's while it is new to the network. */
  experience: Experience;
  hide_newcomer_track: boolean;
  is_mentor: boolean;
  sessionId: string;
};

/** The signed-in member, read once per HTTP request however many loaders ask (app/auth/request-session.server.ts). */
export function getOptionalMember(request: Request): Promise<CurrentMember | null> {
  const entry = requestSessionEntry(request);
  if (!entry) return loadMember(validateRequestSession(request));
  entry.member ??= loadMember(entry.session);
  return entry.member as Promise<CurrentMember | null>;
}

function validateRequestSession(request: Request): Promise<ValidSession | null> {
  const token = readSessionToken(request.headers.get("cookie"));
  return token ? validateSessionToken(getDb(), token) : Promise.resolve(null);
}

async function loadMember(validating: Promise<ValidSession | null>): Promise<CurrentMember | null> {
  const session = await validating;
  if (!session) return null;
  const db = getDb();
  const row = await db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .where("member.id", "=", session.memberId)
    .where("member.disabled_at", "is", null)
    .select([
      ...memberIdentityColumns,
      "member.municipality_id",
      "member.experience_override",
      "member.hide_newcomer_track",
      "member.is_mentor",
      "municipality.name as municipality_name",
      "municipality.slug as municipality_slug",
      "municipality.joined_on",
      "municipality.experience_override as municipality_override",
    ])
    .executeTakeFirst();
  if (!row) return null;
  const { joined_on, municipality_override, hide_newcomer_track, is_mentor, ...member } = row;
  return {
    ...member,
    hide_newcomer_track: hide_newcomer_track === 1,
    is_mentor: is_mentor === 1,
    experience: memberExperience(row, { joined_on, experience_override: municipality_override }),
    sessionId: session.id,
  };
}

export async function requireMember(request: Request): Promise<CurrentMember> {
  const member = await getOptionalMember(request);
  if (!member) {
    const url = new URL(request.url);
    const back = `${url.pathname}${url.search}`;
    throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return member;
}

export async function requireModerator(request: Request): Promise<CurrentMember> {
  const member = await requireMember(request);
  if (!canModerate(member)) {
    throw new Response(permissionCopy.moderatorsOnlyPage, { status: 403 });
  }
  return member;
}

export async function requireAdmin(request: Request): Promise<CurrentMember> {
  const member = await requireMember(request);
  if (!canAdminister(member)) throw new Response(permissionCopy.adminsOnlyPage, { status: 403 });
  return member;
}
