import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bodySizeLimit, bufferedBody, MAX_BODY_BYTES } from "../../app/server/request-limits";

// The real middleware on a real Express server over loopback HTTP; the handler behind it records what reached it.
let server: http.Server;
let port = 0;
let reached: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  const app = express();
  app.use(bodySizeLimit());
  app.all("*", (req, res) => {
    reached.push({ path: req.path, bytes: bufferedBody(res)?.length ?? 0 });
    res.send(`fik ${bufferedBody(res)?.length ?? 0} bytes`);
  });
  server = await new Promise<http.Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  port = (server.address() as AddressInfo).port;
});

beforeEach(() => {
  reached = [];
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  text: string;
  contentType: string;
  /** Bytes of the body written before the answer's headers arrived. */
  sentBeforeAnswer: number;
}

/**
 * Streams `total` bytes in 64 KiB chunks, waiting for the socket to drain, and
 * stops as soon as the server answers: a server that buffers everything would
 * only answer after the last chunk.
 */
function streamBody(total: number, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answered = false;
    const request = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/login",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    });
    request.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => {
        request.destroy();
        resolve({
          status: response.statusCode ?? 0,
          text: Buffer.concat(parts).toString("utf8"),
          contentType: String(response.headers["content-type"] ?? ""),
          sentBeforeAnswer,
        });
      });
    });
    // Writes after the server closed the connection fail; by then the answer is what counts.
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const writeMore = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) {
          request.once("drain", writeMore);
          return;
        }
      }
      if (!answered) request.end();
    };
    writeMore();
  });
}

describe("request bodies are capped while they stream in", () => {
  it("answers a chunked body without Content-Length with 413 at the cap, before the client has finished sending, and the handler never sees it", async () => {
    const total = 64 * 1024 * 1024;
    const answer = await streamBody(total, { "Transfer-Encoding": "chunked" });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toContain("text/html");
    expect(answer.text).toContain("Det, du sendte, er for stort");
    expect(answer.sentBeforeAnswer).toBeLessThan(total);
    expect(reached).toEqual([]);
  });

  it("cuts off a client that ignores the 413 and keeps sending, long before its body ends", async () => {
    const total = 256 * 1024 * 1024;
    const outcome = await new Promise<{ status: number | null; sent: number }>((resolve) => {
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      let status: number | null = null;
      const request = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/login",
        headers: { "Transfer-Encoding": "chunked" },
      });
      request.on("response", (response) => {
        status = response.statusCode ?? null;
        response.resume();
      });
      request.on("error", () => resolve({ status, sent }));
      request.on("close", () => resolve({ status, sent }));
      const writeMore = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!request.write(chunk)) {
            request.once("drain", writeMore);
            return;
          }
        }
        request.end();
      };
      writeMore();
    });
    expect(outcome.sent).toBeLessThan(total);
    expect(reached).toEqual([]);
  });

  it("answers a Content-Length above the cap with 413 without reading the body", async () => {
    const answer = await streamBody(16 * 1024 * 1024, { "Content-Length": String(16 * 1024 * 1024) });
    expect(answer.status).toBe(413);
    expect(answer.sentBeforeAnswer).toBeLessThan(16 * 1024 * 1024);
    expect(reached).toEqual([]);
  });

  it("never hands the handler more than a lying Content-Length announced, however much follows it", async () => {
    const announced = 64 * 1024;
    const answer = await streamBody(8 * 1024 * 1024, { "Content-Length": String(announced) });
    // Node frames the body by Content-Length: what follows is read as a next request, which is garbage and refused.
    expect(answer.sentBeforeAnswer).toBeLessThan(8 * 1024 * 1024);
    expect([200, 400]).toContain(answer.status);
    expect(reached.every((r) => r.bytes <= announced)).toBe(true);
  });

  it("passes a chunked body up to the cap to the handler whole", async () => {
    const answer = await streamBody(MAX_BODY_BYTES, { "Transfer-Encoding": "chunked" });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(`fik ${MAX_BODY_BYTES} bytes`);
    expect(reached).toEqual([{ path: "/login", bytes: MAX_BODY_BYTES }]);
  });

  it("passes an ordinary form to the handler and leaves bodiless GETs alone", async () => {
    const form = await fetch(`http://127.0.0.1:${port}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.dk&password=x",
    });
    expect(await form.text()).toBe("fik 25 bytes");
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(reached.map((r) => r.path)).toEqual(["/login", "/"]);
  });
});
