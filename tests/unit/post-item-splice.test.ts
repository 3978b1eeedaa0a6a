import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { sendPostItemsOnce, splicePostItems } from "../../app/render-cache/post-item-splice.server";

const items = [
  { id: 7, html: Buffer.from('<article id="indlaeg-7">Første – «citat» ✓</article>') },
  { id: 9, html: Buffer.from('<article id="indlaeg-9">Andet: &lt;!--tvaers-post-item-x:7--&gt;</article>') },
];

describe("post items spliced into the page as bytes", () => {
  it("gives the same bytes as the page rendered as one string, and sends no markup in the JSON", () => {
    const context: AppLoadContext = { cspNonce: "n", clientAddress: "127.0.0.1", postHtml: new Map() };
    expect(sendPostItemsOnce(context, items)).toEqual([
      { id: 7, html: null },
      { id: 9, html: null },
    ]);
    const splice = context.postItemSplice;
    if (!splice) throw new Error("no splice for a document request");
    const page = (markup: (id: number) => string) =>
      `<!DOCTYPE html><ol><li><div>${markup(7)}</div></li><li><div>${markup(9)}</div></li></ol><p>æøå – slut</p>`;
    const spliced = splicePostItems(
      page((id) => context.postHtml?.get(id) ?? ""),
      splice,
    );
    const whole = Buffer.from(page((id) => items.find((item) => item.id === id)?.html.toString() ?? ""));
    expect(spliced.equals(whole)).toBe(true);
  });

  it("leaves a placeholder someone wrote alone: the marker is new for every request", () => {
    const first: AppLoadContext = { cspNonce: "n", clientAddress: "127.0.0.1", postHtml: new Map() };
    const second: AppLoadContext = { cspNonce: "n", clientAddress: "127.0.0.1", postHtml: new Map() };
    sendPostItemsOnce(first, items);
    sendPostItemsOnce(second, items);
    expect(first.postItemSplice?.marker).not.toBe(second.postItemSplice?.marker);
    const forged = `<p><!--tvaers-post-item-guess:7--></p>${first.postHtml?.get(9)}`;
    const out = splicePostItems(forged, first.postItemSplice ?? { marker: "", items: new Map() }).toString();
    expect(out).toContain("<!--tvaers-post-item-guess:7-->");
    expect(out.match(/Første/g)).toBeNull();
    expect(out).toContain("Andet:");
  });

  it("sends the markup inline to a data request (a client navigation)", () => {
    const context: AppLoadContext = { cspNonce: "n", clientAddress: "127.0.0.1" };
    expect(sendPostItemsOnce(context, items)[0]).toEqual({ id: 7, html: items[0]?.html.toString() });
    expect(context.postItemSplice).toBeUndefined();
  });
});
