import type { AddressInfo } from "node:net";
import { writeReadableStreamToWritable } from "@remix-run/node";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { closeAllLiveStreams, openLiveStreamCount } from "../../app/live/hub.server";
import { hidePost } from "../../app/models/flag.server";
import { replyToThread } from "../../app/models/post.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { loader } from "../../app/routes/t.$threadRef_.begivenheder";
import { createMember, createThread, loadContext } from "../factories";

// The stream's route on a real Express server over loopback HTTP, piped the
// way app/server/remix-handler.ts pipes Remix's answers; replies are fanned
// out by the notification worker's own drain, which publishes after commit.
let server: ReturnType<express.Express["listen"]>;
let base = "";

beforeAll(async () => {
  const app = express();
  app.get("/t/:threadRef/begivenheder", (req, res, next) => {
    answer(req, res).catch(next);
  });
  async function answer(req: express.Request, res: express.Response): Promise<void> {
    const controller = new AbortController();
    res.on("close", () => controller.abort());
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new Request(`http://localhost${req.originalUrl}`, { headers, signal: controller.signal });
    const response = await loader({ request, params: { threadRef: req.params.threadRef }, context: loadContext() });
    res.status(response.status);
    for (const [name, value] of response.headers.entries()) res.setHeader(name, value);
    res.flushHeaders();
    if (response.body) await writeReadableStreamToWritable(response.body, res);
    else res.end();
  }
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      closeAllLiveStreams();
      server.close(() => resolve());
    }),
);

interface StreamEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** Reads Server-Sent Events off a fetch body, one block at a time; comment lines (heartbeats) are skipped. */
function eventReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<StreamEvent | null> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: StreamEvent = {};
          for (const line of block.split("\n")) {
            const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
            if (match && match[1] !== "retry") event[match[1] as keyof StreamEvent] = match[2];
          }
          if (event.event) return event;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

async function signIn(memberId: number): Promise<string> {
  const token = generateSessionToken();
  await createSession(getDb(), token, memberId);
  return token;
}

async function reply(threadId: number, authorId: number, body: string): Promise<number> {
  const { postId } = await writeTransaction(getDb(), (tx) =>
    replyToThread(tx, { threadId, authorId, body, createdAt: new Date().toISOString() }),
  );
  return postId;
}

async function openThreadWithReader() {
  const anne = await createMember({ displayName: "Anne Læser" });
  const bo = await createMember({ displayName: "Bo Svarer", municipalityId: anne.municipality_id });
  const { threadId, postId } = await createThread({ authorId: anne.id, municipalityId: anne.municipality_id });
  const token = await signIn(anne.id);
  const response = await fetch(`${base}/t/${threadId}/begivenheder?siden=${postId}`, {
    headers: { cookie: `tvaers_session=${token}` },
  });
  return { anne, bo, threadId, postId, token, response };
}

describe("the thread page's live stream (GET /t/<id>/begivenheder)", () => {
  it("tells a reader of the thread about another member's reply, after the fan-out has committed", async () => {
    const { bo, threadId, response } = await openThreadWithReader();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = eventReader(response);

    const replyId = await reply(threadId, bo.id, "Vi ringer altid til forældrene først.");
    await drainNotifyEvents(getDb());

    expect(await events.next()).toEqual({
      id: String(replyId),
      event: "nye-svar",
      data: JSON.stringify({ count: 1, firstPostId: replyId }),
    });
    await events.cancel();
  });

  it("never announces a hidden post or the reader's own reply", async () => {
    const { anne, bo, threadId, response } = await openThreadWithReader();
    const moderator = await createMember({ role: "moderator" });
    const events = eventReader(response);

    const hiddenId = await reply(threadId, bo.id, "Et svar, som en moderator skjuler.");
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId: hiddenId, moderatorId: moderator.id, at: new Date().toISOString() }),
    );
    await drainNotifyEvents(getDb());
    await reply(threadId, anne.id, "Mit eget svar.");
    await drainNotifyEvents(getDb());
    const visibleId = await reply(threadId, bo.id, "Et svar, alle må læse.");
    await drainNotifyEvents(getDb());

    // Events arrive in order: had the hidden or the own reply announced itself, it would come first.
    expect(await events.next()).toEqual({
      id: String(visibleId),
      event: "nye-svar",
      data: JSON.stringify({ count: 1, firstPostId: visibleId }),
    });
    await events.cancel();
  });

  it("announces at once, on reconnecting, a reply that landed while the stream was away", async () => {
    const anne = await createMember();
    const bo = await createMember({ municipalityId: anne.municipality_id });
    const { threadId, postId } = await createThread({ authorId: anne.id, municipalityId: anne.municipality_id });
    const token = await signIn(anne.id);
    const replyId = await reply(threadId, bo.id, "Skrevet mens forbindelsen var væk.");
    await drainNotifyEvents(getDb());

    const response = await fetch(`${base}/t/${threadId}/begivenheder?siden=${postId}`, {
      headers: { cookie: `tvaers_session=${token}`, "Last-Event-ID": String(postId) },
    });
    const events = eventReader(response);
    expect(await events.next()).toMatchObject({ id: String(replyId), event: "nye-svar" });
    await events.cancel();
  });

  it("answers 401 without a session and 404 for a thread that does not exist", async () => {
    const anne = await createMember();
    const token = await signIn(anne.id);
    expect((await fetch(`${base}/t/1/begivenheder`)).status).toBe(401);
    const missing = await fetch(`${base}/t/999999/begivenheder`, { headers: { cookie: `tvaers_session=${token}` } });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "Tråden findes ikke." });
  });

  it("closes a member's oldest stream when they open one too many, and every stream when the server stops", async () => {
    const { anne, threadId, token } = await openThreadWithReader();
    const open = () =>
      fetch(`${base}/t/${threadId}/begivenheder`, { headers: { cookie: `tvaers_session=${token}` } }).then(eventReader);
    const oldest = await open();
    for (let i = 0; i < 3; i += 1) await open();
    expect(openLiveStreamCount(anne.id)).toBe(4);
    const fifth = await open();
    expect(await oldest.next()).toEqual({ event: "slut", data: "erstattet" });
    expect(await oldest.next()).toBeNull();
    expect(openLiveStreamCount(anne.id)).toBe(4);

    closeAllLiveStreams();
    expect(await fifth.next()).toEqual({ event: "slut", data: "server" });
    expect(await fifth.next()).toBeNull();
    expect(openLiveStreamCount()).toBe(0);
  });
});
