import type { WatchTarget } from "../../db/schema";
import type { CurrentMember } from "../auth/guards.server";
import { trackChoiceFromParam } from "../copy/da";
import type { DB } from "../db.server";
import { readStateForThreads } from "../notifications/read-position.server";
import { findWatchLevel } from "../notifications/watch.server";
import { pageCount, readPage } from "./pagination";
import { listThreads, type ThreadListFilter } from "./thread-list.server";
import { tracksToList } from "./track-visibility";

/**
 * One page of a category's or a tag's threads as the member may see them
 * (their track choice from `?spor=`), with their read state and the member's
 * watch level for the category or tag: what both list pages show.
 */
export async function listWatchedThreadsPage(
  db: DB,
  member: CurrentMember,
  url: URL,
  input: {
    watch: { targetType: WatchTarget; targetId: number };
    filter: Omit<ThreadListFilter, "tracks">;
    perPage: number;
    pinnedFirst?: boolean;
  },
) {
  const page = readPage(url, input.perPage);
  const choice = trackChoiceFromParam(url.searchParams.get("spor"));
  const tracks = tracksToList(
    { experience: member.experience, hideNewcomerTrack: member.hide_newcomer_track },
    choice,
    "list",
  );
  const hidingNewcomerTrack =
    member.hide_newcomer_track && member.experience === "experienced" && choice !== "newcomer";
  const threads = await listThreads(
    db,
    { ...input.filter, tracks },
    input.pinnedFirst ? { ...page, pinnedFirst: true } : page,
  );
  const [readState, watchLevel] = await Promise.all([
    readStateForThreads(
      db,
      member.id,
      threads.items.map((thread) => thread.id),
    ),
    findWatchLevel(db, member.id, input.watch.targetType, input.watch.targetId),
  ]);
  return {
    readState,
    watchLevel,
    path: url.pathname,
    hidingNewcomerTrack,
    threads: threads.items,
    total: threads.total,
    page: page.page,
    pages: pageCount(threads.total, input.perPage),
  };
}
