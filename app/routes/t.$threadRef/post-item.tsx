import { PostCard } from "../../components/post-card";
import type { ThreadDetail, ThreadPost } from "../../models/thread.server";
import { FlagForm, FlagThanks } from "./flag-form";
import { useSearchParams } from "@remix-run/react";
import { postAnchor, threadPath } from "../../models/thread-path";
import { BookmarkButton, DeletedPost, DeleteLink, QuoteButton } from "./everyday-post-actions";
import { mayDeletePost } from "../../models/post-rules";

/** What this viewer may do with the post, decided by the loader through app/auth/permissions. */
interface PostPermissions {
  edit: boolean;
  delete: boolean;
  seeHistory: boolean;
  markHelpful: boolean;
}

type PostView = Omit<ThreadPost, "html"> & { html: string | null; can: PostPermissions };

interface Viewer {
  id: number;
  /** May read hidden posts' text (canSeeHiddenPost): the moderator view. */
  moderator: boolean;
  canChooseSolution: boolean;
  bookmarked: number[];
  undoable: number[];
}

/** A post with the actions this viewer may take on it. */
export function PostItem({
  post,
  isOpening,
  thread,
  viewer,
}: {
  post: PostView;
  isOpening: boolean;
  thread: Pick<ThreadDetail, "id" | "slug" | "solutionPostId" | "locked" | "replyCount">;
  viewer: Viewer;
}) {
  const own = post.author.id === viewer.id;
  const isSolution = thread.solutionPostId === post.id;
  const threadUrl = threadPath(thread);
  const [searchParams] = useSearchParams();
  const flagged = searchParams.get("anmeldt") === String(post.id);
  if (post.deleted)
    return <DeletedPost postId={post.id} anchor={postAnchor(post.id)} canUndo={viewer.undoable.includes(post.id)} />;
  if (post.hidden && !viewer.moderator) {
    return (
      <article className="post post--deleted post--hidden" id={postAnchor(post.id)} aria-label="Skjult indlæg">
        <p className="post__body">
          {post.hidden === "moderator"
            ? "Indlægget er skjult af en moderator."
            : "Indlægget er skjult, mens en moderator ser på det."}
        </p>
        {/* A personal-data flag hides the post at once, so the flagger's thanks appears here rather than under the post. */}
        {flagged ? <FlagThanks /> : null}
      </article>
    );
  }
  return (
    <PostCard post={post} isOpening={isOpening} isSolution={isSolution}>
      {post.hidden ? (
        <div className="notice post__hidden-note">
          {post.hidden === "moderator"
            ? "Skjult for medlemmer af en moderator."
            : "Skjult for medlemmer: anmeldt for personoplysninger."}{" "}
          <a href="/admin/flag">Se anmeldelser</a>
          {post.hidden === "moderator" ? (
            <form method="post" action={threadUrl} data-enhance className="inline-form">
              <input type="hidden" name="postId" value={post.id} />{" "}
              <button type="submit" name="intent" value="unhide" className="link-button">
                Vis igen
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      <div className="post__actions">
        {!post.can.markHelpful ? (
          <span className="muted">Nyttigt: {post.helpfulCount}</span>
        ) : (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button
              type="submit"
              name="intent"
              value="helpful"
              className={post.markedHelpful ? "button button--on" : "button"}
              aria-pressed={post.markedHelpful}
              title={post.markedHelpful ? "Fjern din markering" : "Markér som nyttigt"}
            >
              Nyttigt ({post.helpfulCount})
            </button>
          </form>
        )}
        {!thread.locked ? <QuoteButton postId={post.id} threadUrl={threadUrl} /> : null}
        <BookmarkButton
          postId={post.id}
          saved={viewer.bookmarked.includes(post.id)}
          back={threadPath(thread, post.id)}
        />
        {!isOpening && viewer.canChooseSolution ? (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" name="intent" value={isSolution ? "unsolution" : "solution"} className="link-button">
              {isSolution ? "Fjern som løsning" : "Markér som løsning"}
            </button>
          </form>
        ) : null}
        {post.can.edit ? <a href={`/indlaeg/${post.id}/rediger`}>Redigér</a> : null}
        {post.editedAt && post.can.seeHistory ? <a href={`/indlaeg/${post.id}/historik`}>Historik</a> : null}
        {post.can.delete && mayDeletePost({ isOpening }, thread) ? <DeleteLink postId={post.id} /> : null}
        {!own ? <FlagForm postId={post.id} threadUrl={threadUrl} /> : null}
      </div>
    </PostCard>
  );
}
