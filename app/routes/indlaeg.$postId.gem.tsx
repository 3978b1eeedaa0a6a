import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { canSeeHiddenPost } from "../auth/permissions";
import { safeRedirectPath } from "../auth/safe-redirect";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { postPermalink } from "../forms/quote";
import { removeBookmark, toggleBookmark } from "../models/bookmark.server";
import { invariantResponse } from "../invariant";
import { findBookmarkablePost } from "../models/bookmark.server";
import { notFound } from "../copy/not-found";

// «Gem» under a post and «Fjern» in the profile's list: an ordinary form post that returns to where it came from.
export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const postId = Number(params.postId);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const form = await readForm(request);
  const db = getDb();
  const back = safeRedirectPath(form.get("redirectTo"), new URL(request.url).origin, postPermalink(postId));
  if (form.get("intent") === "remove") {
    await writeTransaction(db, (tx) => removeBookmark(tx, member.id, postId));
    return redirect(back);
  }
  const post = await findBookmarkablePost(db, postId);
  invariantResponse(post && !post.deleted_at && (post.visible || canSeeHiddenPost(member)), notFound.post, {
    status: 404,
  });
  await writeTransaction(db, (tx) => toggleBookmark(tx, member.id, postId, new Date().toISOString()));
  return redirect(back);
}

export async function loader() {
  throw new Response(notFound.endpoint, { status: 404 });
}
