import type { WatchLevel } from "../../db/schema";
import type { DB } from "../db.server";
import { findLastReadPostId, markReadUpTo } from "./read-position.server";
import { findWatchLevel } from "./watch.server";

export interface ThreadReading {
  /** Where "Nye indlæg siden dit sidste besøg" goes: the first post on this page after the member's read position. */
  firstUnreadPostId: number | null;
  /** The member's own level for the thread, for the form on the thread page. */
  watchLevel: WatchLevel;
}

/**
 * What the thread page needs to know about the member's reading, and the
 * one write reading costs: the read position moves to the last post on the
 * page, only when that is further than before.
 */
export async function readThreadPage(
  db: DB,
  memberId: number,
  threadId: number,
  postIdsOnPage: number[],
): Promise<ThreadReading> {
  const [lastRead, watchLevel] = await Promise.all([
    findLastReadPostId(db, memberId, threadId),
    findWatchLevel(db, memberId, "thread", threadId),
  ]);
  const lastOnPage = postIdsOnPage.length > 0 ? Math.max(...postIdsOnPage) : null;
  if (lastOnPage !== null) await markReadUpTo(db, { memberId, threadId, postId: lastOnPage, known: lastRead });
  const firstUnreadPostId = lastRead === null ? null : (postIdsOnPage.find((id) => id > lastRead) ?? null);
  return { firstUnreadPostId, watchLevel };
}
