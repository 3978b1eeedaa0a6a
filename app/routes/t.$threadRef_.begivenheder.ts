import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { z } from "zod";
import { getOptionalMember } from "../auth/guards.server";
import { canReadThread } from "../auth/permissions";
import { liveCopy } from "../copy/live";
import { getDb } from "../db.server";
import { findLastPostId } from "../live/new-replies.server";
import { threadEventStream } from "../live/thread-stream.server";
import { findThreadState } from "../models/post.server";

const postIdSchema = z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * GET /t/<id>/begivenheder?siden=<post id>: Server-Sent Events for an open
 * thread page, "N nye svar" as replies the member may read arrive.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await getOptionalMember(request);
  if (!member) return json({ error: liveCopy.signInRequired }, { status: 401 });
  const threadId = postIdSchema.safeParse(/^(\d{1,16})(?:-|$)/.exec(params.threadRef ?? "")?.[1]);
  const db = getDb();
  const thread = threadId.success ? await findThreadState(db, threadId.data) : undefined;
  if (!thread || !canReadThread(member)) return json({ error: liveCopy.threadNotFound }, { status: 404 });

  const url = new URL(request.url);
  const since = postIdSchema.safeParse(url.searchParams.get("siden") ?? undefined);
  const lastEventId = postIdSchema.safeParse(request.headers.get("last-event-id") ?? undefined);
  const sincePostId = since.success
    ? since.data
    : lastEventId.success
      ? lastEventId.data
      : await findLastPostId(db, thread.id);
  return threadEventStream({
    db,
    memberId: member.id,
    threadId: thread.id,
    sincePostId,
    announcedPostId: lastEventId.success ? lastEventId.data : sincePostId,
    signal: request.signal,
  });
}
