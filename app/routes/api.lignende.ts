import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { findSimilarThreads } from "../search/index.server";
import { apiSignInCopy } from "../copy/permissions-and-limits";

// GET /api/lignende?titel=…: threads like a new thread's title, while the member types it on /ny.
export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request).catch(() => null);
  if (!member) return json({ error: apiSignInCopy.similar, threads: [] }, { status: 401 });
  const title = (new URL(request.url).searchParams.get("titel") ?? "").slice(0, 300);
  const threads = title.trim().length >= 3 ? await findSimilarThreads(getDb(), title) : [];
  return json({ threads }, { headers: { "Cache-Control": "private, no-store" } });
}
