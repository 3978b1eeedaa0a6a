import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { isModerator, requireMember, safeRedirectPath } from "../auth/guards.server";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { postPermalink } from "../forms/quote";
import { removeBookmark, toggleBookmark } from "../models/bookmark.server";

// «Gem» under a post and «Fjern» in the profile's list: an ordinary form post that returns to where it came from.
export async function action({ request, params }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const postId = Number(params.postId);
  if (!Number.isSafeInteger(postId) || postId < 1) throw new Response("Indlægget findes ikke", { status: 404 });
  const form = await readForm(request);
  const db = getDb();
  const back = safeRedirectPath(form.get("redirectTo"), postPermalink(postId));
  if (form.get("intent") === "remove") {
    await writeTransaction(db, (tx) => removeBookmark(tx, member.id, postId));
    return redirect(back);
  }
  const post = await db
    .selectFrom("post")
    .where("id", "=", postId)
    .select((eb) => ["id", "deleted_at", eb.exists(eb.selectFrom("post_hidden").select("post_id").whereRef("post_hidden.post_id", "=", "post.id")).as("hidden")])
    .executeTakeFirst();
  if (!post || post.deleted_at || (post.hidden && !isModerator(member))) throw new Response("Indlægget findes ikke", { status: 404 });
  await writeTransaction(db, (tx) => toggleBookmark(tx, member.id, postId, new Date().toISOString()));
  return redirect(back);
}

export async function loader() {
  throw new Response("Ikke fundet", { status: 404 });
}
