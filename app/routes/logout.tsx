import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getOptionalMember } from "../auth/guards.server";
import { clearedSessionCookie } from "../auth/session-cookie.server";
import { invalidateSession } from "../auth/session.server";
import { getDb } from "../db.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await getOptionalMember(request);
  if (member) await invalidateSession(getDb(), member.sessionId);
  return redirect("/login", { headers: { "Set-Cookie": clearedSessionCookie() } });
}
