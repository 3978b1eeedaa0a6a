import { renderToStaticMarkup } from "react-dom/server";
import { mayDeletePost } from "../../models/post-rules";
import { cachedPostItem } from "../../render-cache/post-item-cache.server";
import { PostItem, type PostItemThread, type PostView } from "./post-item";

export interface PostItemViewerFacts {
  id: number;
  moderator: boolean;
  canChooseSolution: boolean;
  bookmarked: number[];
  undoable: number[];
}

/**
 * The cache key of a post item: everything its markup is made of except the
 * body (which the cache compares itself). The whole post goes in, not a list
 * of chosen fields, so a field added to ThreadPost later cannot be forgotten;
 * thread and viewer are reduced to what PostItem reads of them, so members
 * share entries (own post or not, not who they are).
 */
export function postItemKey(post: PostView, isOpening: boolean, thread: PostItemThread, viewer: PostItemViewerFacts) {
  const { html: _body, ...rest } = post;
  return JSON.stringify([
    rest,
    isOpening,
    thread.id,
    thread.slug,
    thread.locked,
    thread.solutionPostId === post.id,
    mayDeletePost({ isOpening }, thread),
    post.author.id === viewer.id,
    viewer.moderator,
    viewer.canChooseSolution,
    viewer.bookmarked.includes(post.id),
    viewer.undoable.includes(post.id),
  ]);
}

/**
 * Each post item of a thread page as HTML (UTF-8 bytes), rendered once per version and
 * viewer variant and then taken from the render cache. The post whose flag
 * was just sent (?anmeldt=) carries this request's thanks, so it is rendered
 * afresh and not kept. The posts come from listThreadPosts, which has already
 * applied the one visibility rule for this viewer.
 */
export function renderPostItems(
  posts: PostView[],
  options: {
    threadId: number;
    thread: PostItemThread;
    viewer: PostItemViewerFacts;
    openingPostId: number | null;
    flaggedPostId: number | null;
    flagQueuedOnly: boolean;
  },
): { id: number; html: Buffer }[] {
  const { thread, viewer } = options;
  return posts.map((post) => {
    const isOpening = post.id === options.openingPostId;
    const thanks = post.id === options.flaggedPostId;
    const render = () =>
      renderToStaticMarkup(
        <PostItem
          post={post}
          isOpening={isOpening}
          thread={thread}
          viewer={{
            id: viewer.id,
            moderator: viewer.moderator,
            canChooseSolution: viewer.canChooseSolution,
            bookmarked: viewer.bookmarked.includes(post.id),
            canUndo: viewer.undoable.includes(post.id),
          }}
          flag={{ thanks, queuedOnly: thanks && options.flagQueuedOnly }}
        />,
      );
    if (thanks) return { id: post.id, html: Buffer.from(render()) };
    const key = postItemKey(post, isOpening, thread, viewer);
    return {
      id: post.id,
      html: cachedPostItem(key, { id: post.id, threadId: options.threadId, body: post.html }, render),
    };
  });
}
