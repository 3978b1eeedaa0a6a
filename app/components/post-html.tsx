import { createContext, useContext, useState } from "react";
import { postAnchor } from "../models/thread-path";

/**
 * Post bodies travel once per page, not twice. On a document request the
 * thread loader leaves the (large) rendered HTML out of its JSON and hands it
 * to the server render through this context; in the browser the hydrating
 * component takes it back from the DOM the server sent. Client navigations
 * fetch loader data that includes the HTML as usual.
 */
export const PostHtmlContext = createContext<Map<number, string> | null>(null);

export function usePostHtml(postId: number, fromLoader: string | null): string {
  const serverHtml = useContext(PostHtmlContext);
  const [hydratedHtml] = useState(() => {
    if (fromLoader !== null || typeof document === "undefined") return null;
    return document.getElementById(postBodyId(postId))?.innerHTML ?? "";
  });
  return fromLoader ?? serverHtml?.get(postId) ?? hydratedHtml ?? "";
}

export function postBodyId(postId: number): string {
  return `${postAnchor(postId)}-tekst`;
}
