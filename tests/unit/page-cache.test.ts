import zlib from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import {
  findPage,
  keepPage,
  pageBytes,
  pageCacheStats,
  pageGzip,
  purgePages,
  setPageCacheBytes,
} from "../../app/render-cache/page-cache.server";

const OLD_NONCE = "b2xkLW5vbmNlLTEyMzQ1Ng==";
const NEW_NONCE = "bmV3LW5vbmNlLTY1NDMyMQ==";

/** A page like the thread page: long, with the nonce at the start, in the middle and at the very end. */
function page(nonce: string): Buffer {
  const post = (i: number) => `<article class="post">Indlæg ${i}: æøå ${"ord ".repeat(40 + (i % 7))}</article>`;
  return Buffer.from(
    `${nonce}<!DOCTYPE html><html><head><script nonce="${nonce}">1</script></head><body>${Array.from({ length: 400 }, (_, i) => post(i)).join("")}<script nonce="${nonce}">2</script></body></html>${nonce}`,
  );
}

const keep = (key: string, version = "1:1", minute = 7) =>
  keepPage(key, version, minute, {
    status: 200,
    headers: [["content-type", "text/html"]],
    body: page(OLD_NONCE),
    nonce: OLD_NONCE,
  });

beforeEach(() => setPageCacheBytes(8 * 1024 * 1024));

describe("the page cache", () => {
  it("gives back the page with the new nonce, as bytes and as gzip that unpacks to the same bytes", () => {
    keep("a");
    const found = findPage("a", "1:1", 7);
    expect(found).not.toBeNull();
    if (!found) return;
    const expected = page(NEW_NONCE);
    expect(pageBytes(found, NEW_NONCE).equals(expected)).toBe(true);
    const gzip = pageGzip(found, NEW_NONCE);
    expect(zlib.gunzipSync(gzip).equals(expected)).toBe(true);
    // Compressed once when kept: far smaller than the page.
    expect(gzip.length).toBeLessThan(expected.length / 5);
    expect(pageBytes(found, NEW_NONCE).includes(OLD_NONCE)).toBe(false);
  });

  it("serves nothing once the database or the minute moved on, and empties on a purge", () => {
    keep("a");
    keep("b");
    expect(pageCacheStats().entries).toBe(2);
    expect(findPage("a", "1:2", 7)).toBeNull();
    expect(pageCacheStats().entries).toBe(0);
    keep("a", "1:2", 7);
    expect(findPage("a", "1:2", 8)).toBeNull();
    expect(pageCacheStats().entries).toBe(0);
    keep("a", "1:2", 8);
    purgePages();
    expect(findPage("a", "1:2", 8)).toBeNull();
  });

  it("stays within its bytes, dropping the least recently used page first", () => {
    keep("a");
    const one = pageCacheStats().bytes;
    setPageCacheBytes(Math.floor(one * 2.5));
    keep("a");
    keep("b");
    expect(findPage("a", "1:1", 7)).not.toBeNull();
    keep("c");
    expect(pageCacheStats().entries).toBe(2);
    expect(findPage("b", "1:1", 7)).toBeNull();
    expect(findPage("a", "1:1", 7)).not.toBeNull();
    setPageCacheBytes(0);
    keep("d");
    expect(findPage("d", "1:1", 7)).toBeNull();
  });
});
