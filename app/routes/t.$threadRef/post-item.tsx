import { PostCard } from "../../components/post-card";
import type { ThreadDetail, ThreadPost } from "../../models/thread.server";

type PostView = Omit<ThreadPost, "html"> & { html: string | null };

interface Viewer {
  id: number;
  moderator: boolean;
  canChooseSolution: boolean;
}

/** A post with the actions this viewer may take on it. */
export function PostItem({ post, isOpening, thread, viewer }: { post: PostView; isOpening: boolean; thread: Pick<ThreadDetail, "id" | "slug" | "solutionPostId" | "locked">; viewer: Viewer }) {
  const own = post.author.id === viewer.id;
  const mayChange = own || viewer.moderator;
  const isSolution = thread.solutionPostId === post.id;
  const threadUrl = `/t/${thread.id}-${thread.slug}`;
  if (post.deleted) {
    return (
      <article className="post post--deleted" id={`indlaeg-${post.id}`} aria-label="Slettet indlæg">
        <p className="post__body">Indlægget er slettet.</p>
      </article>
    );
  }
  return (
    <PostCard post={post} isOpening={isOpening} isSolution={isSolution}>
      <div className="post__actions">
        {own ? (
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
        {!thread.locked ? (
          <a href={`${threadUrl}?citer=${post.id}#svar`} data-keep-scroll>
            Citér
          </a>
        ) : null}
        {!isOpening && viewer.canChooseSolution ? (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" name="intent" value={isSolution ? "unsolution" : "solution"} className="link-button">
              {isSolution ? "Fjern som løsning" : "Markér som løsning"}
            </button>
          </form>
        ) : null}
        {mayChange ? <a href={`/indlaeg/${post.id}/rediger`}>Redigér</a> : null}
        {post.editedAt && mayChange ? <a href={`/indlaeg/${post.id}/historik`}>Historik</a> : null}
        {mayChange ? (
          <form method="post" action={threadUrl} data-enhance>
            <input type="hidden" name="postId" value={post.id} />
            <button type="submit" name="intent" value="delete" className="link-button">
              Slet
            </button>
          </form>
        ) : null}
      </div>
    </PostCard>
  );
}
