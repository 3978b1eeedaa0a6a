import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../auth/guards.server";
import { getDb } from "../db.server";
import { exportKnowledgeBaseZip } from "../models/knowledge-export.server";

// GET /admin/vidensbank-eksport: the published Vidensbank as a zip of Markdown files.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const zip = await exportKnowledgeBaseZip(getDb());
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="vidensbank-${new Date().toISOString().slice(0, 10)}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}
