import type { Track } from "../../db/schema";
import { sql } from "kysely";
import type { DB } from "../db.server";

export interface ThreadListFilter {
  categoryId?: number;
  tagId?: number;
  municipalityId?: number;
  authorId?: number;
  tracks?: Track[];
  answered?: boolean;
  /** The member whose muted threads stay out of the list; `view` narrows it to their unread or new threads. */
  reader?: { memberId: number; view?: "unread" | "new"; newSince?: string };
}

export interface ThreadListTag {
  slug: string;
  label: string;
  kind: "case" | "theme";
}

/** What every view of a thread shows about it: the lists and the thread page (ThreadDetail in thread.server.ts). */
export interface ThreadSummary {
  id: number;
  slug: string;
  title: string;
  track: Track;
  pinned: boolean;
  locked: boolean;
  helpfulCount: number;
  replyCount: number;
  lastPostAt: string;
  createdAt: string;
  category: { slug: string; name: string };
  author: { id: number; name: string };
  municipality: { slug: string; name: string };
  tags: ThreadListTag[];
}

export interface ThreadListItem extends ThreadSummary {
  answered: boolean;
  lastPoster: { id: number; name: string };
}

export interface ThreadPage {
  items: ThreadListItem[];
  total: number;
}

/**
 * The columns of a thread's summary, one selection for the thread lists and
 * the thread page (issue 14), so the two cannot drift. The query joins
 * `category`, `municipality` and `member as author`.
 */
export const threadSummaryColumns = [
  "thread.id",
  "thread.slug",
  "thread.title",
  "thread.track",
  "thread.pinned",
  "thread.locked",
  "thread.reply_count",
  "thread.last_post_at",
  "thread.created_at",
  "thread.solution_post_id",
  "thread.helpful_count",
  "category.slug as category_slug",
  "category.name as category_name",
  "author.id as author_id",
  "author.display_name as author_name",
  "municipality.slug as municipality_slug",
  "municipality.name as municipality_name",
] as const;

function filtered(db: DB, filter: ThreadListFilter) {
  let query = db.selectFrom("thread");
  if (filter.categoryId !== undefined) query = query.where("thread.category_id", "=", filter.categoryId);
  if (filter.municipalityId !== undefined) query = query.where("thread.municipality_id", "=", filter.municipalityId);
  if (filter.authorId !== undefined) query = query.where("thread.author_id", "=", filter.authorId);
  if (filter.tracks && filter.tracks.length > 0) query = query.where("thread.track", "in", filter.tracks);
  if (filter.answered !== undefined)
    query = query.where("thread.solution_post_id", filter.answered ? "is not" : "is", null);
  if (filter.reader) {
    const { memberId, view } = filter.reader;
    // Lydløs: the thread's own level, or else a muted category or tag (app/notifications/watch.server.ts).
    query =
      query.where(sql<boolean>`not exists (select 1 from watch w where w.member_id = ${memberId} and w.target_type = 'thread' and w.target_id = thread.id and w.level = 0)
      and (exists (select 1 from watch w where w.member_id = ${memberId} and w.target_type = 'thread' and w.target_id = thread.id)
        or not exists (select 1 from watch w where w.member_id = ${memberId} and w.level = 0
          and ((w.target_type = 'category' and w.target_id = thread.category_id)
            or (w.target_type = 'tag' and w.target_id in (select tag_id from thread_tag where thread_tag.thread_id = thread.id)))))`);
    if (view === "unread") {
      query =
        query.where(sql<boolean>`exists (select 1 from thread_read r where r.member_id = ${memberId} and r.thread_id = thread.id
        and r.last_read_post_id < (select max(p.id) from post p where p.thread_id = thread.id and p.deleted_at is null))`);
    }
    if (view === "new") {
      query = query
        .where(
          sql<boolean>`not exists (select 1 from thread_read r where r.member_id = ${memberId} and r.thread_id = thread.id)`,
        )
        .where("thread.created_at", ">=", filter.reader.newSince ?? "");
    }
  }
  if (filter.tagId !== undefined) {
    const tagId = filter.tagId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("thread_tag")
          .select("thread_tag.tag_id")
          .whereRef("thread_tag.thread_id", "=", "thread.id")
          .where("thread_tag.tag_id", "=", tagId),
      ),
    );
  }
  return query;
}

/**
 * One page of threads, latest activity first (pinned first when `pinnedFirst`),
 * with their tags fetched in a single second query rather than one per thread.
 */
export async function listThreads(
  db: DB,
  filter: ThreadListFilter,
  page: { limit: number; offset: number; pinnedFirst?: boolean; orderBy?: "activity" | "helpful" },
): Promise<ThreadPage> {
  const countRow = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  let query = filtered(db, filter)
    .innerJoin("category", "category.id", "thread.category_id")
    .innerJoin("member as author", "author.id", "thread.author_id")
    .innerJoin("member as last_poster", "last_poster.id", "thread.last_post_author_id")
    .innerJoin("municipality", "municipality.id", "thread.municipality_id")
    .select(threadSummaryColumns)
    .select(["last_poster.id as last_poster_id", "last_poster.display_name as last_poster_name"]);
  if (page.pinnedFirst) query = query.orderBy("thread.pinned", "desc");
  if (page.orderBy === "helpful") query = query.orderBy("thread.helpful_count", "desc");
  const rows = await query
    .orderBy("thread.last_post_at", "desc")
    .orderBy("thread.id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();

  const tagsByThread = await tagsForThreads(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: Number(countRow?.n ?? 0),
    items: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      track: row.track,
      pinned: row.pinned === 1,
      locked: row.locked === 1,
      answered: row.solution_post_id !== null,
      helpfulCount: row.helpful_count,
      replyCount: row.reply_count,
      lastPostAt: row.last_post_at,
      createdAt: row.created_at,
      category: { slug: row.category_slug, name: row.category_name },
      author: { id: row.author_id, name: row.author_name },
      lastPoster: { id: row.last_poster_id, name: row.last_poster_name },
      municipality: { slug: row.municipality_slug, name: row.municipality_name },
      tags: tagsByThread.get(row.id) ?? [],
    })),
  };
}

export async function tagsForThreads(db: DB, threadIds: number[]): Promise<Map<number, ThreadListTag[]>> {
  const byThread = new Map<number, ThreadListTag[]>();
  if (threadIds.length === 0) return byThread;
  const rows = await db
    .selectFrom("thread_tag")
    .innerJoin("tag", "tag.id", "thread_tag.tag_id")
    .where("thread_tag.thread_id", "in", threadIds)
    .select(["thread_tag.thread_id", "tag.slug", "tag.label", "tag.kind"])
    .orderBy("tag.kind")
    .orderBy("tag.label")
    .execute();
  for (const row of rows) {
    const list = byThread.get(row.thread_id) ?? [];
    list.push({ slug: row.slug, label: row.label, kind: row.kind });
    byThread.set(row.thread_id, list);
  }
  return byThread;
}
