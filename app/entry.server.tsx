import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { PostHtmlContext } from "./components/post-html";
import { splicePostItems } from "./render-cache/post-item-splice.server";

/**
 * Renders the whole document to one string. Our pages have nothing to stream
 * (no deferred data), and renderToString builds the page by string
 * concatenation where the streaming renderer encodes every piece into small
 * byte buffers: on a 50-post thread page that encoding, and the hundreds of
 * small gzip calls it led to, cost more than the rendering itself (README,
 * Decisions). The finished body compresses in one pass.
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const markup = renderToString(
    <NonceContext.Provider value={nonce}>
      <PostHtmlContext.Provider value={loadContext.postHtml ?? null}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </PostHtmlContext.Provider>
    </NonceContext.Provider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // Bytes rather than a string: a string body is first scanned whole for lone surrogates by the Response constructor.
  const page = `<!DOCTYPE html>${markup}`;
  const body = loadContext.postItemSplice ? splicePostItems(page, loadContext.postItemSplice) : Buffer.from(page);
  return new Response(body, {
    headers: responseHeaders,
    status: responseStatusCode,
  });
}
