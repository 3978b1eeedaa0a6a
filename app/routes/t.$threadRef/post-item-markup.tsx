import { useHtmlSentOnce } from "../../components/post-html";
import { postAnchor } from "../../models/thread-path";

export function postItemElementId(postId: number): string {
  return `${postAnchor(postId)}-punkt`;
}

/**
 * A post item as the server rendered it (post-items.server.tsx). The browser
 * never renders a post item itself: it takes the markup over from the DOM when
 * hydrating, or from loader data after a client navigation, so there is nothing
 * to mismatch. Its forms are plain forms (EnhancedNavigation submits them in
 * place) and «Citér» is handled by the post stream's one click handler.
 */
export function PostItemMarkup({ postId, html }: { postId: number; html: string | null }) {
  const markup = useHtmlSentOnce(postId, postItemElementId(postId), html);
  return <div className="post-item" id={postItemElementId(postId)} dangerouslySetInnerHTML={{ __html: markup }} />;
}
