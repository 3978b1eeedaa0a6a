import type http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { describe, expect, it } from "vitest";
import { requestLog } from "../../app/server/request-log";

function diskFull(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), {
    code: "ENOSPC",
    errno: -28,
    syscall: "write",
  });
}

/** The real middleware on a real Express server; `stream` stands in for stdout on a full disk. */
async function serveWithLog(stream: NodeJS.WritableStream) {
  const log = requestLog({ enabled: true, stream });
  const app = express();
  app.use(log);
  app.get("*", (_req, res) => res.send("ok"));
  const server = await new Promise<http.Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { base, health: log.health, close };
}

/** Gives pending stream callbacks and 'error' events a chance to run (and, without a handler, to crash the test run). */
function nextTicks(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe("the request log on a full disk", () => {
  it("keeps serving when writing a log line fails asynchronously with ENOSPC (a pipe or socket)", async () => {
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        callback(diskFull());
      },
    });
    const { base, health, close } = await serveWithLog(stdout);
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${base}/t/${i}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("ok");
      await nextTicks();
    }
    expect(health.dropped).toBeGreaterThan(0);
    await close();
  });

  it("keeps serving when the write throws at once with ENOSPC (stdout redirected to a file), and logs again once there is room", async () => {
    const written: string[] = [];
    let full = true;
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written.push(chunk.toString("utf8"));
        callback();
      },
    });
    // Node writes stdout to a file synchronously: the error is thrown by write() itself.
    const write = stdout.write.bind(stdout);
    stdout.write = ((...args: Parameters<typeof write>) => {
      if (full) throw diskFull();
      return write(...args);
    }) as typeof stdout.write;
    const { base, health, close } = await serveWithLog(stdout);
    expect((await fetch(`${base}/a`)).status).toBe(200);
    await nextTicks();
    expect(health.dropped).toBe(1);
    full = false;
    expect((await fetch(`${base}/b`)).status).toBe(200);
    await nextTicks();
    expect(written.map((line) => (JSON.parse(line) as { path: string }).path)).toEqual(["/b"]);
    await close();
  });
});
