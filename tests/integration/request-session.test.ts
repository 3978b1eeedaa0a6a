import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOptionalMember } from "../../app/auth/guards.server";
import { REQUEST_ID_HEADER } from "../../app/auth/request-session.server";
import { createSession, generateSessionToken, invalidateSession } from "../../app/auth/session.server";
import { getDb } from "../../app/db.server";
import { renewSessions } from "../../app/server/session-renewal";
import { createMember } from "../factories";

// The real middleware on a real Express server over loopback HTTP; the handler
// plays the loaders, asking for the member the way every loader does.
let server: ReturnType<express.Express["listen"]>;
let base = "";

function remixStyleRequest(req: express.Request): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  return new Request(`http://localhost${req.originalUrl}`, { method: req.method, headers });
}

let slowArrived: () => void = () => {};
let releaseSlow: () => void = () => {};
let slowReleased: Promise<void> = Promise.resolve();

beforeAll(async () => {
  const app = express();
  app.use(renewSessions());
  app.all("*", (req, res, next) => {
    answer(req, res).catch(next);
  });
  async function answer(req: express.Request, res: express.Response): Promise<void> {
    if (req.path === "/langsom") {
      slowArrived();
      await slowReleased;
    }
    // Two loaders of one request each get their own Request object, as in Remix.
    const first = await getOptionalMember(remixStyleRequest(req));
    const second = await getOptionalMember(remixStyleRequest(req));
    res.json({
      id: req.headers[REQUEST_ID_HEADER] ?? null,
      first: first?.email ?? null,
      second: second?.email ?? null,
    });
  }
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function signedIn() {
  const member = await createMember({ email: "anne@kommune.dk" });
  const token = generateSessionToken();
  const session = await createSession(getDb(), token, member.id);
  return { token, session };
}

describe("one session check per request", () => {
  it("gives every loader of a page request the signed-in member", async () => {
    const { token } = await signedIn();
    const body = await (await fetch(`${base}/`, { headers: { cookie: `tvaers_session=${token}` } })).json();
    expect(body).toMatchObject({ first: "anne@kommune.dk", second: "anne@kommune.dk" });
    expect(body.id).toMatch(/^\d+-\d+$/);
  });

  it("never uses a request id the client sent, even one of a request still running", async () => {
    const { token } = await signedIn();
    const cookie = `tvaers_session=${token}`;
    // Ids count up per process, so the next signed-in request's id can be guessed.
    const previous: string = (await (await fetch(`${base}/`, { headers: { cookie } })).json()).id;
    const [pid, count] = previous.split("-");
    const guessed = `${pid}-${Number(count) + 1}`;
    const arrived = new Promise<void>((resolve) => (slowArrived = resolve));
    slowReleased = new Promise<void>((resolve) => (releaseSlow = resolve));
    const running = fetch(`${base}/langsom`, { headers: { cookie } }).then((response) => response.json());
    // The victim's request is inside the handler, holding its id, while the forger asks.
    await arrived;
    const forged = await (await fetch(`${base}/`, { headers: { [REQUEST_ID_HEADER]: guessed } })).json();
    releaseSlow();
    const victim = await running;
    expect(victim).toMatchObject({ id: guessed, first: "anne@kommune.dk" });
    expect(forged.id).not.toBe(guessed);
    expect(forged).toMatchObject({ first: null, second: null });
  });

  it("checks the session afresh for each request, so a signed-out session stops working at once", async () => {
    const { token, session } = await signedIn();
    const cookie = `tvaers_session=${token}`;
    expect((await (await fetch(`${base}/`, { headers: { cookie } })).json()).first).toBe("anne@kommune.dk");
    await invalidateSession(getDb(), session.id);
    expect((await (await fetch(`${base}/`, { headers: { cookie } })).json()).first).toBeNull();
  });

  it("does not share the check with the loaders after an action, which may change the member", async () => {
    const { token } = await signedIn();
    const body = await (
      await fetch(`${base}/profil`, {
        method: "POST",
        headers: { cookie: `tvaers_session=${token}`, [REQUEST_ID_HEADER]: "1-1" },
      })
    ).json();
    expect(body.id).toBeNull();
    expect(body.first).toBe("anne@kommune.dk");
  });
});
