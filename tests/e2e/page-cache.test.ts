import http from "node:http";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useForum } from "./support/forum";
import { openThreadWithReplies, postReply } from "./support/everyday";

// Whole pages kept per session while the database stands still (issue 19), on the built server over real HTTP.
const forum = useForum({ context: { viewport: { width: 1280, height: 900 } } });

interface Answer {
  status: number;
  hit: boolean;
  nonce: string;
  encoding: string | undefined;
  /** The body as sent (still gzip when the answer is). */
  body: Buffer;
}

/** A GET as a browser sends it, read as raw bytes (nothing unpacked on the way). */
function get(path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(forum.url(path), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            hit: response.headers["x-page-cache"] === "hit",
            nonce: /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))?.[1] ?? "",
            encoding: response.headers["content-encoding"],
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject);
  });
}

/**
 * How many views the helpers below try before giving up. Any write empties the
 * cache, and a freshly started demo forum's mail worker writes in bursts for a
 * while (its outbox), so a page may need a few tries to stand still between
 * two views; they stop at the first that does.
 */
const VIEWS_UNTIL_STILL = 50;

const html = (answer: Answer) =>
  (answer.encoding === "gzip" ? zlib.gunzipSync(answer.body) : answer.body).toString("utf8");
/** The page with its nonce written as NONCE: the one part that must differ between two answers. */
const withoutNonce = (answer: Answer) => html(answer).split(answer.nonce).join("NONCE");

async function cookieOf(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/**
 * Views `path` until an answer comes from the cache; returns it with the
 * answer the cache kept it from (the one before it). The first view moves the
 * read position, and a minute boundary empties the cache, so it may take a few.
 */
async function renderedAndHit(path: string, cookie: string) {
  let previous = await get(path, { cookie, "accept-encoding": "identity" });
  for (let view = 0; view < VIEWS_UNTIL_STILL; view += 1) {
    const next = await get(path, { cookie, "accept-encoding": "identity" });
    if (next.hit && !previous.hit) return { rendered: previous, hit: next };
    previous = next;
  }
  throw new Error(`${path} was never answered from the page cache`);
}

/** Views `path` until an answer comes from the cache: the page is warm. */
async function warm(path: string, cookie: string): Promise<void> {
  for (let view = 0; view < VIEWS_UNTIL_STILL; view += 1)
    if ((await get(path, { cookie, "accept-encoding": "identity" })).hit) return;
  throw new Error(`${path} was never answered from the page cache`);
}

/** Two answers from the same kept page, one plain and one gzip. */
async function plainAndGzipHits(path: string, cookie: string) {
  for (let view = 0; view < VIEWS_UNTIL_STILL; view += 1) {
    const plain = await get(path, { cookie, "accept-encoding": "identity" });
    const packed = await get(path, { cookie, "accept-encoding": "gzip" });
    if (plain.hit && packed.hit) return { plain, packed };
  }
  throw new Error(`${path} was never answered from the page cache twice in a row`);
}

describe("the page cache on the built server", () => {
  it("answers a repeated view with the page rendered for it, byte for byte, with a new nonce, plain and gzip", async () => {
    // A newcomer, a mentor and a moderator: the viewer variants of the thread page.
    for (const email of ["ny@demo.tvaers.dk", "mentor@demo.tvaers.dk", "moderator@demo.tvaers.dk"])
      await checkRepeatedViews(email);
  });

  async function checkRepeatedViews(email: string): Promise<void> {
    const page = await forum.signedInPage(email);
    const cookie = await cookieOf(page);
    for (const path of [openThreadWithReplies(forum.server.databasePath).path, "/"]) {
      const { rendered, hit } = await renderedAndHit(path, cookie);
      expect(hit.status).toBe(200);
      expect(hit.nonce).not.toBe(rendered.nonce);
      expect(html(hit)).toContain(`nonce="${hit.nonce}"`);
      expect(html(hit)).not.toContain(rendered.nonce);
      expect(withoutNonce(hit)).toBe(withoutNonce(rendered));

      const { plain, packed } = await plainAndGzipHits(path, cookie);
      expect(plain.encoding).toBeUndefined();
      expect(packed.encoding).toBe("gzip");
      expect(withoutNonce(packed)).toBe(withoutNonce(plain));
      expect(html(packed)).toContain(`nonce="${packed.nonce}"`);
    }
  }

  it("answers the next view after views abandoned mid-render", async () => {
    const page = await forum.signedInPage("erfaren@demo.tvaers.dk");
    const cookie = await cookieOf(page);
    const thread = openThreadWithReplies(forum.server.databasePath, 5).path;
    for (let round = 0; round < 8; round += 1) {
      // An address of its own each round, so every view of it is rendered, not answered from the cache.
      const path = `${thread}?runde=${round}`;
      // Sixteen views at once, dropped as soon as all are sent: one is mid-render, the others wait for it.
      const requests: http.ClientRequest[] = [];
      await new Promise<void>((resolve) => {
        let sent = 0;
        for (let i = 0; i < 16; i += 1) {
          const request = http.get(forum.url(path), { headers: { cookie, "accept-encoding": "gzip" } }, (response) =>
            response.resume(),
          );
          request.on("error", () => undefined);
          request.on("finish", () => {
            sent += 1;
            if (sent === 16) resolve();
          });
          requests.push(request);
        }
      });
      for (const request of requests) request.destroy();
      // With a render left registered by a dropped view, this one would wait for it for ever (the test's timeout).
      expect((await get(path, { cookie, "accept-encoding": "identity" })).status).toBe(200);
    }
  });

  it("never gives one member's page to another, and shows a change at once", async () => {
    const newcomer = await forum.signedInPage("ny@demo.tvaers.dk");
    const mentor = await forum.signedInPage("mentor@demo.tvaers.dk");
    const thread = openThreadWithReplies(forum.server.databasePath, 3);
    const newcomerCookie = await cookieOf(newcomer);
    await warm(thread.path, newcomerCookie);

    // The mentor's first view of the same address is the mentor's own page.
    const mentorView = html(await get(thread.path, { cookie: await cookieOf(mentor), "accept-encoding": "identity" }));
    const newcomerView = html(await get(thread.path, { cookie: newcomerCookie, "accept-encoding": "identity" }));
    // The root loader's member in the page's data: who the page was made for.
    const viewer = (text: string) => /"member":\{"id":(\d+)/.exec(text)?.[1];
    expect(viewer(mentorView)).toBeDefined();
    expect(viewer(mentorView)).not.toBe(viewer(newcomerView));

    // A reply through the app: the newcomer's next view has it.
    await mentor.goto(forum.url(thread.path));
    await postReply(mentor, "Et svar der skal ses med det samme i cachen.");
    expect(html(await get(thread.path, { cookie: newcomerCookie, "accept-encoding": "identity" }))).toContain(
      "Et svar der skal ses med det samme i cachen.",
    );

    // A change by another process (here a connection of the test's own) shows too.
    await warm(thread.path, newcomerCookie);
    const db = new Database(forum.server.databasePath);
    try {
      db.prepare("update thread set title = ? where id = ?").run("En titel skrevet uden om serveren", thread.id);
    } finally {
      db.close();
    }
    const after = await get(thread.path, { cookie: newcomerCookie, "accept-encoding": "identity" });
    expect(after.hit).toBe(false);
    expect(html(after)).toContain("En titel skrevet uden om serveren");

    // A post hidden by a moderator is gone from the member's next view, however warm the page was.
    await warm(thread.path, newcomerCookie);
    const writer = new Database(forum.server.databasePath);
    try {
      const moderator = writer.prepare("select id from member where email = ?").get("moderator@demo.tvaers.dk") as {
        id: number;
      };
      const reply = writer
        .prepare("select id from post where thread_id = ? and body_source like ?")
        .get(thread.id, "%Et svar der skal ses%") as { id: number };
      writer
        .prepare("insert into post_hidden (post_id, hidden_by_id, hidden_at) values (?, ?, ?)")
        .run(reply.id, moderator.id, new Date().toISOString());
    } finally {
      writer.close();
    }
    expect(html(await get(thread.path, { cookie: newcomerCookie, "accept-encoding": "identity" }))).not.toContain(
      "Et svar der skal ses med det samme i cachen.",
    );
  });
});
