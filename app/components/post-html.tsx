import { createContext, useContext, useState } from "react";
import { postAnchor } from "../models/thread-path";

/**
 * Post HTML travels once per page, not twice. On a document request the
 * thread loader leaves the (large) rendered HTML out of its JSON and hands it
 * to the server render through this context, keyed by post id; in the browser
 * the hydrating component takes it back from the DOM the server sent. Client
 * navigations fetch loader data that includes the HTML as usual. Other pages
 * send post bodies this way; the thread page sends whole post items
 * (app/routes/t.$threadRef/post-item-markup.tsx).
 */
export const PostHtmlContext = createContext<Map<number, string> | null>(null);

/** The inner HTML of the element `elementId` for post `postId`: from the loader, the server render, or the DOM. */
export function useHtmlSentOnce(postId: number, elementId: string, fromLoader: string | null): string {
  const serverHtml = useContext(PostHtmlContext);
  const [hydratedHtml] = useState(() => {
    if (fromLoader !== null || typeof document === "undefined") return null;
    return document.getElementById(elementId)?.innerHTML ?? "";
  });
  return fromLoader ?? serverHtml?.get(postId) ?? hydratedHtml ?? "";
}

export function usePostHtml(postId: number, fromLoader: string | null): string {
  return useHtmlSentOnce(postId, postBodyId(postId), fromLoader);
}

export function postBodyId(postId: number): string {
  return `${postAnchor(postId)}-tekst`;
}
