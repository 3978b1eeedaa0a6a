import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema";

/**
 * Whether members may read a post now: not deleted, not hidden by a
 * moderator, not waiting for one after a personal-data flag. The same reading
 * as the thread page's; asked when a notification is made and again when it
 * is shown, so a post hidden after its notification was queued never shows.
 */
export function postVisibleToMembers(eb: ExpressionBuilder<Database, "post">) {
  return eb.and([
    eb("post.deleted_at", "is", null),
    eb.not(eb.exists(eb.selectFrom("post_hidden").select("post_hidden.post_id").whereRef("post_hidden.post_id", "=", "post.id"))),
    eb.not(
      eb.exists(
        eb.selectFrom("post_flag").select("post_flag.id").whereRef("post_flag.post_id", "=", "post.id").where("post_flag.reason", "=", "personal_data").where("post_flag.resolved_at", "is", null),
      ),
    ),
  ]);
}
