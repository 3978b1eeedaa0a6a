import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { foldToHandle } from "../notifications/handle";
import { listMembersByHandlePrefix } from "../models/member.server";
import { apiSignInCopy } from "../copy/permissions-and-limits";

// GET /api/brugernavne?q=lo → up to 8 active members whose handle starts with it (handle, name and municipality
// only), for the @-autocomplete. The query is folded like a handle, so "lø" finds "loenne…".
export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request).catch(() => null);
  if (!member) return json({ error: apiSignInCopy.members }, { status: 401 });
  const prefix = foldToHandle((new URL(request.url).searchParams.get("q") ?? "").slice(0, 30));
  if (prefix.length < 1) return json({ members: [] }, { headers: { "Cache-Control": "private, no-store" } });
  // The prefix is folded to a-z0-9 first, so LIKE's wildcards cannot appear in it.
  const members = await listMembersByHandlePrefix(getDb(), prefix, 8);
  return json(
    { members: members.map((m) => ({ handle: m.handle, name: m.display_name, municipality: m.municipality })) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
