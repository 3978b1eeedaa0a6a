import { PostCard } from "../../components/post-card";
import type { ThreadDetail, ThreadPost } from "../../models/thread.server";
import { FlagFormView, FlagThanksView } from "./flag-form";
import { postAnchor, threadPath } from "../../models/thread-path";
import { BookmarkButton, DeletedPost, DeleteLink, QuoteButton } from "./everyday-post-actions";
import { mayDeletePost } from "../../models/post-rules";
import { threadPageCopy } from "../../copy/thread-page";

/** What this viewer may do with the post, decided by the loader through app/auth/permissions. */
interface PostPermissions {
  edit: boolean;
  delete: boolean;
  seeHistory: boolean;
  markHelpful: boolean;
}

export type PostView = ThreadPost & { can: PostPermissions };

export type PostItemThread = Pick<ThreadDetail, "id" | "slug" | "solutionPostId" | "locked" | "replyCount">;

/** The viewer facts one post item depends on: with the post and thread, all its markup is made of. */
export interface PostItemViewer {
  id: number;
  /** May read hidden posts' text (canSeeHiddenPost): the moderator view. */
  moderator: boolean;
  canChooseSolution: boolean;
  bookmarked: boolean;
  canUndo: boolean;
}

/** After a flag was sent (?anmeldt=<post id>): the thanks in the post's place; `queuedOnly` when it did not hide the post. */
export interface PostItemFlagState {
  thanks: boolean;
  queuedOnly: boolean;
}

/**
 * A post with the actions this viewer may take on it. Pure (no router hooks):
 * the server renders it to a string once per version and viewer variant
 * (post-items.server.tsx); the browser takes that markup over from the DOM.
 */
export function PostItem({
  post,
  isOpening,
  thread,
  viewer,
  flag,
}: {
  post: PostView;
  isOpening: boolean;
  thread: PostItemThread;
  viewer: PostItemViewer;
  flag: PostItemFlagState;
}) {
  const own = post.author.id === viewer.id;
  const isSolution = thread.solutionPostId === post.id;
  const threadUrl = threadPath(thread);
  const flagged = flag.thanks;
  if (post.deleted) return <DeletedPost postId={post.id} anchor={postAnchor(post.id)} canUndo={viewer.canUndo} />;
  if (post.hidden && !viewer.moderator) {
    return (
      <article
        className="post post--deleted post--hidden"
        id={postAnchor(post.id)}
        aria-label={threadPageCopy.hiddenPost}
      >
        <p className="post__body">
          {post.hidden === "moderator" ? threadPageCopy.hiddenByModerator : threadPageCopy.hiddenWhileReviewed}
        </p>
        {/* A personal-data flag hides the post at once, so the flagger's thanks appears here rather than under the post. */}
        {flagged ? <FlagThanksView queuedOnly={flag.queuedOnly} /> : null}
      </article>
    );
  }
  return (
    <PostCard post={post} isOpening={isOpening} isSolution={isSolution}>
      {post.hidden ? (
        <div className="notice post__hidden-note">
          {post.hidden === "moderator"
            ? threadPageCopy.hiddenForMembersByModerator
            : threadPageCopy.hiddenForMembersFlagged}{" "}
          <a href="/admin/flag">{threadPageCopy.seeFlags}</a>
          {post.hidden === "moderator" ? (
            <form method="post" action={threadUrl} data-enhance className="inline-form">
              <input type="hidden" name="postId" value={post.id} />{" "}
              <button type="submit" name="intent" value="unhide" className="link-button">
                {threadPageCopy.unhide}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      <div className="post__actions">
        {!post.can.markHelpful ? (
          <span className="muted">{threadPageCopy.helpfulCount(post.helpfulCount)}</span>
        ) : (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button
              type="submit"
              name="intent"
              value="helpful"
              className={post.markedHelpful ? "button button--on" : "button"}
              aria-pressed={post.markedHelpful}
              title={post.markedHelpful ? threadPageCopy.unmarkHelpful : threadPageCopy.markHelpful}
            >
              {threadPageCopy.helpfulButton(post.helpfulCount)}
            </button>
          </form>
        )}
        {!thread.locked ? <QuoteButton postId={post.id} threadUrl={threadUrl} /> : null}
        <BookmarkButton postId={post.id} saved={viewer.bookmarked} back={threadPath(thread, post.id)} />
        {!isOpening && viewer.canChooseSolution ? (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" name="intent" value={isSolution ? "unsolution" : "solution"} className="link-button">
              {isSolution ? threadPageCopy.unmarkSolution : threadPageCopy.markSolution}
            </button>
          </form>
        ) : null}
        {post.can.edit ? <a href={`/indlaeg/${post.id}/rediger`}>{threadPageCopy.edit}</a> : null}
        {post.editedAt && post.can.seeHistory ? (
          <a href={`/indlaeg/${post.id}/historik`}>{threadPageCopy.history}</a>
        ) : null}
        {post.can.delete && mayDeletePost({ isOpening }, thread) ? <DeleteLink postId={post.id} /> : null}
        {!own ? (
          flagged ? (
            <FlagThanksView queuedOnly={flag.queuedOnly} />
          ) : (
            <FlagFormView postId={post.id} threadUrl={threadUrl} />
          )
        ) : null}
      </div>
    </PostCard>
  );
}
