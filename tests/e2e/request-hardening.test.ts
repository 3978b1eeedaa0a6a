import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startServer, type RunningServer } from "./support/server";

// Real HTTP against the built server (npm run build): the body cap in front of the session check and Remix, and redirect targets after sign-in.
let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});

/** Streams a chunked body without Content-Length to /login and stops when the server answers; resolves with the answer and how much had been sent. */
function chunkedSignIn(total: number): Promise<{ status: number; text: string; sentBeforeAnswer: number }> {
  const { hostname, port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let answered = false;
    const request = http.request({
      host: hostname,
      port,
      method: "POST",
      path: "/login",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Transfer-Encoding": "chunked",
        Origin: server.baseUrl,
      },
    });
    request.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      const parts: Buffer[] = [];
      response.on("data", (part: Buffer) => parts.push(part));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(parts).toString("utf8"), sentBeforeAnswer });
      });
    });
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

async function signIn(redirectTo: string) {
  return fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
    body: new URLSearchParams({ email: "erfaren@demo.tvaers.dk", password: DEMO_PASSWORD, redirectTo }),
  });
}

describe("the built server", () => {
  it("answers an unauthenticated chunked 64 MiB sign-in with a Danish 413 page before the body has been sent, and keeps serving", async () => {
    const total = 64 * 1024 * 1024;
    const answer = await chunkedSignIn(total);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("Det, du sendte, er for stort");
    expect(answer.text).toContain('lang="da"');
    expect(answer.sentBeforeAnswer).toBeLessThan(total);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it("still reads ordinary forms: a wrong password gets the Danish message", async () => {
    const response = await fetch(`${server.baseUrl}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.baseUrl },
      body: new URLSearchParams({ email: "erfaren@demo.tvaers.dk", password: "forkert-adgangskode" }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Forkert e-mailadresse eller adgangskode.");
  });

  it("keeps the member on the site after sign-in with a tab-smuggled redirectTo, and redirects a non-Latin-1 one instead of failing", async () => {
    const smuggled = await signIn("/\t/evil.example");
    expect(smuggled.status).toBe(302);
    expect(smuggled.headers.get("location")).toBe("/");
    const odd = await signIn("/s\u0142\u00f8g");
    expect(odd.status).toBe(302);
    expect(odd.headers.get("location")).toBe("/s%C5%82%C3%B8g");
    const ordinary = await signIn("/soeg?q=skolev%C3%A6gring");
    expect(ordinary.headers.get("location")).toBe("/soeg?q=skolev%C3%A6gring");
  });
});
