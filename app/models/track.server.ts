import type { Track } from "../../db/schema";
import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { notFound } from "../copy/not-found";
import { threadDetailsChanged } from "../search/index.server";

/** Moves a thread to another track and records who did it and when. */
export async function moveThreadTrack(
  tx: DB,
  input: { threadId: number; actorId: number; to: Track },
  now = new Date(),
): Promise<Track | null> {
  const thread = await tx
    .selectFrom("thread")
    .select(["id", "track"])
    .where("id", "=", input.threadId)
    .executeTakeFirst();
  if (!thread) throw new Refusal(notFound.thread, { status: 404 });
  if (thread.track === input.to) return null;
  await tx.updateTable("thread").set({ track: input.to }).where("id", "=", thread.id).execute();
  await tx
    .insertInto("thread_track_change")
    .values({
      thread_id: thread.id,
      actor_id: input.actorId,
      from_track: thread.track,
      to_track: input.to,
      created_at: now.toISOString(),
    })
    .execute();
  await threadDetailsChanged(tx, thread.id);
  return thread.track;
}

export async function listTrackChanges(db: DB, threadId: number) {
  return db
    .selectFrom("thread_track_change as c")
    .innerJoin("member", "member.id", "c.actor_id")
    .select(["c.id", "c.from_track", "c.to_track", "c.created_at", "member.display_name as actor_name"])
    .where("c.thread_id", "=", threadId)
    .orderBy("c.id")
    .execute();
}
