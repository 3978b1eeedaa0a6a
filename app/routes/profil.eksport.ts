import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { exportMemberData } from "../models/data-rights.server";

// GET /profil/eksport: the member's own data as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const data = await exportMemberData(getDb(), member.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="tvaers-mine-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
