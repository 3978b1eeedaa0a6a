import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { openNotification } from "../notifications/notification.server";
import { POSTS_PER_PAGE } from "./t.$threadRef/thread-actions.server";
import { postAnchor, threadPath } from "../models/thread-path";
import { postIndexInThread } from "../models/thread.server";
import { notFound } from "../copy/not-found";

/**
 * Following a notification: marks it read, then sends the member to what it
 * is about. A plain link, so it works without JavaScript; only the owner can
 * open (and mark) their own notifications.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const id = Number(params.notificationId);
  if (!Number.isSafeInteger(id) || id < 1) throw new Response(notFound.notification, { status: 404 });
  const db = getDb();
  const notification = await openNotification(db, member.id, id);
  if (!notification) throw new Response(notFound.notification, { status: 404 });
  if (notification.kind === "warning") return redirect("/profil");
  if (notification.kind === "article_published") {
    const slug = (JSON.parse(notification.data) as { slug?: unknown }).slug;
    return redirect(typeof slug === "string" ? `/vidensbank/${encodeURIComponent(slug)}` : "/vidensbank");
  }
  if (notification.thread_id === null || notification.thread_slug === null) return redirect("/notifikationer");
  const thread = { id: notification.thread_id, slug: notification.thread_slug };
  if (notification.post_id === null) return redirect(threadPath(thread));
  const page = Math.floor((await postIndexInThread(db, thread.id, notification.post_id)) / POSTS_PER_PAGE) + 1;
  return redirect(`${threadPath(thread)}${page > 1 ? `?side=${page}` : ""}#${postAnchor(notification.post_id)}`);
}
