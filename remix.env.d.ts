/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** The client's address as Express sees it (behind the proxy: X-Forwarded-For). */
    clientAddress: string;
    /** Rendered post bodies for this document request; see app/components/post-html.tsx. */
    postHtml?: Map<number, string>;
    /** The thread page's post items as bytes, for entry.server to splice in; see app/render-cache/post-item-splice.server.ts. */
    postItemSplice?: import("./app/render-cache/post-item-splice.server").PostItemSplice;
  }
}
export {};
