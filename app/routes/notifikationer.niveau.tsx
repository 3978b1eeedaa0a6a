import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { safeRedirectPath } from "../auth/safe-redirect";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { notificationCopy } from "../copy/notifications";
import { notFound } from "../copy/not-found";
import { setWatchLevel, watchTargetExists } from "../notifications/watch.server";

const watchLevelSchema = z.object({
  targetType: z.enum(["thread", "category", "tag"]),
  targetId: z.coerce.number().int().positive(),
  level: z.coerce
    .number()
    .int()
    .min(0)
    .max(3)
    .transform((level) => level as 0 | 1 | 2 | 3),
});

export async function loader() {
  return redirect("/notifikationer");
}

/** Sets the member's watch level for a thread, category or tag, from the small form on those pages, and goes back. */
export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const form = await readForm(request);
  const parsed = watchLevelSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) throw new Response(notificationCopy.chooseLevel, { status: 400 });
  const db = getDb();
  if (!(await watchTargetExists(db, parsed.data.targetType, parsed.data.targetId)))
    throw new Response(notFound.watchTarget, { status: 404 });
  await writeTransaction(db, (tx) => setWatchLevel(tx, { memberId: member.id, ...parsed.data }));
  return redirect(safeRedirectPath(form.get("redirectTo"), new URL(request.url).origin));
}
