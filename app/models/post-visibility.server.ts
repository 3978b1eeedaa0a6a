import { sql, type RawBuilder, type SqlBool } from "kysely";
import { canSeeHiddenPost, type Actor } from "../auth/permissions";
import type { DB } from "../db.server";

/**
 * The one rule for "visible to members". A post's text reaches members (thread
 * page, quotes, solution box, Vidensbank sources, member pages, search, and any
 * later sender of post text) only when the post is
 *  - not deleted,
 *  - not hidden by a moderator (a `post_hidden` row),
 *  - not waiting for a moderator after a personal-data flag that hides it.
 * Every query that shows or indexes post text filters with this module; a
 * moderator sees hidden text only where the moderator view is designed to, by
 * asking `canSeeHiddenPost` through `postTextFor`.
 *
 * The rule is written once as SQL text, because the bulk FTS5 rebuild runs plain
 * better-sqlite3 statements; the Kysely expressions below wrap the same text.
 */

export type PostHiddenReason = "moderator" | "flagged";

function checkedAlias(alias: string): string {
  // The alias is spliced into SQL, so only a plain identifier from our own code is allowed.
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return alias;
}

function hiddenByModeratorSql(alias: string): string {
  return `exists (select 1 from post_hidden vis_h where vis_h.post_id = ${checkedAlias(alias)}.id)`;
}

function hiddenByFlagSql(alias: string): string {
  return `exists (select 1 from post_flag vis_f where vis_f.post_id = ${checkedAlias(alias)}.id and vis_f.reason = 'personal_data' and vis_f.resolved_at is null and vis_f.hides_post = 1)`;
}

/** SQL text: the post under `alias` is hidden from members (deleted or not). */
export function hiddenFromMembersSql(alias: string): string {
  return `(${hiddenByModeratorSql(alias)} or ${hiddenByFlagSql(alias)})`;
}

/** SQL text: the post under `alias` is visible to members. For raw statements only; Kysely queries use `postVisibleToMembers`. */
export function visibleToMembersSql(alias: string): string {
  return `(${checkedAlias(alias)}.deleted_at is null and not ${hiddenFromMembersSql(alias)})`;
}

/** `.where(postVisibleToMembers("p"))`: keeps only posts whose text members may read. */
export function postVisibleToMembers(alias = "post"): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.raw(visibleToMembersSql(alias))}`;
}

/** Why members cannot read a post that is not deleted: 'moderator', 'flagged', or null when it is not hidden. */
export function postHiddenReason(alias = "post"): RawBuilder<PostHiddenReason | null> {
  return sql<PostHiddenReason | null>`${sql.raw(`case when ${hiddenByModeratorSql(alias)} then 'moderator' when ${hiddenByFlagSql(alias)} then 'flagged' else null end`)}`;
}

/** Whether members may read the post now; false for a post that does not exist. */
export async function isPostVisibleToMembers(db: DB, postId: number): Promise<boolean> {
  const row = await db
    .selectFrom("post as p")
    .select("p.id")
    .where("p.id", "=", postId)
    .where(postVisibleToMembers("p"))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The text a viewer may read of a post already loaded with its deletion and
 * hidden reason: nothing for a deleted post, nothing for a hidden one unless the
 * viewer may see hidden posts (moderators, in the moderator view).
 */
export function postTextFor<T extends string>(
  viewer: Actor,
  post: { deleted: boolean; hidden: PostHiddenReason | null },
  text: T,
): T | "" {
  if (post.deleted) return "";
  if (post.hidden && !canSeeHiddenPost(viewer)) return "";
  return text;
}
