import type { NotifyEventKind } from "../../db/schema";
import type { DB } from "../db.server";

/**
 * Announces something members may need to hear about. Call inside the
 * transaction that made the change: the event commits with it or not at all,
 * and the request pays for one small insert whoever is watching. The
 * notification worker (worker.server.ts) decides who hears about it.
 */
export async function recordNotifyEvent(
  tx: DB,
  event: {
    kind: NotifyEventKind;
    threadId?: number | null;
    postId?: number | null;
    actorId?: number | null;
    data?: Record<string, unknown>;
    at?: string;
  },
): Promise<void> {
  const at = event.at ?? new Date().toISOString();
  await tx
    .insertInto("notify_event")
    .values({
      kind: event.kind,
      thread_id: event.threadId ?? null,
      post_id: event.postId ?? null,
      actor_id: event.actorId ?? null,
      data: JSON.stringify(event.data ?? {}),
      created_at: at,
      next_attempt_at: at,
    })
    .execute();
}
