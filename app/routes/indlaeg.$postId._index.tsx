import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { postIndexInThread } from "../models/thread.server";
import { postAnchor, threadPath } from "../models/thread-path";
import { POSTS_PER_PAGE } from "./t.$threadRef/thread-actions.server";
import { invariantResponse } from "../invariant";
import { findPostThread } from "../models/thread-heading.server";
import { notFound } from "../copy/not-found";

/** A post's permalink (quotes link here): sends the reader to the page of the thread that holds the post. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireMember(request);
  const postId = Number(params.postId);
  invariantResponse(Number.isSafeInteger(postId) && postId >= 1, notFound.post, { status: 404 });
  const db = getDb();
  const post = await findPostThread(db, postId);
  invariantResponse(post, notFound.post, { status: 404 });
  const page = Math.floor((await postIndexInThread(db, post.thread_id, post.id)) / POSTS_PER_PAGE) + 1;
  return redirect(
    `${threadPath({ id: post.thread_id, slug: post.slug })}${page > 1 ? `?side=${page}` : ""}#${postAnchor(post.id)}`,
  );
}
