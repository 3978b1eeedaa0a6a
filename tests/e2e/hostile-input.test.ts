import net from "node:net";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./support/server";

// Real HTTP against the built server: every class of hostile input gets a 4xx
// (or, for harmless oddities such as pagination values, an ordinary page),
// never a 500, and the database is left as it was.
let server: RunningServer;
let cookie = "";
let threadPath = "";

function counts() {
  const db = new Database(server.databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        "select (select count(*) from post) as posts, (select count(*) from thread) as threads, (select count(*) from member) as members",
      )
      .get() as { posts: number; threads: number; members: number };
    return row;
  } finally {
    db.close();
  }
}

async function post(path: string, body: string | URLSearchParams, contentType = "application/x-www-form-urlencoded") {
  return fetch(`${server.baseUrl}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: server.baseUrl, "content-type": contentType },
    body,
  });
}

async function get(path: string) {
  return fetch(`${server.baseUrl}${path}`, { redirect: "manual", headers: { cookie } });
}

beforeAll(async () => {
  server = await startServer({ env: { POSTING_MIN_INTERVAL_SECONDS: "0" } });
  const signIn = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "erfaren@demo.tvaers.dk", password: "demo-tvaers-2026" }),
  });
  cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const front = await (await get("/k/temaer")).text();
  threadPath = /href="(\/t\/\d+-[^"#?]+)"/.exec(front)?.[1] ?? "";
  expect(cookie).toMatch(/^tvaers_session=/);
  expect(threadPath).toMatch(/^\/t\/\d+-/);
});

afterAll(async () => {
  await server?.stop();
});

const reply = (body: string) => new URLSearchParams({ intent: "reply", body });
const newThread = (fields: Record<string, string>, tagIds: string[] = []) => {
  const params = new URLSearchParams({
    intent: "create",
    title: "En helt almindelig titel",
    categoryId: "1",
    track: "shared",
    body: "Et helt almindeligt indlæg.",
    ...fields,
  });
  for (const id of tagIds) params.append("tagIds", id);
  return params;
};

describe("hostile input through the real routes", () => {
  const cases: { name: string; send: () => Promise<Response>; status: number | "ok"; danish: RegExp }[] = [
    {
      name: "a Markdown nesting bomb (5,000 nested >)",
      send: () => post(threadPath, reply(`${">".repeat(5_000)} dybt`)),
      status: 400,
      danish: /citater i mere end 10 niveauer/,
    },
    {
      name: "a 1 MiB body",
      send: () => post(threadPath, reply("a".repeat(1_048_576))),
      status: 400,
      danish: /højst være 50\.000 tegn/,
    },
    {
      name: "a 3 MiB body",
      send: () => post(threadPath, reply("a".repeat(3 * 1_048_576))),
      status: 413,
      danish: /for stort/,
    },
    {
      name: "a NUL byte in a reply",
      send: () => post(threadPath, reply("Hej\u0000verden")),
      status: 400,
      danish: /ugyldige eller usynlige tegn/,
    },
    {
      name: "a lone surrogate (arrives as U+FFFD)",
      send: () => post(threadPath, "intent=reply&body=Hej%ED%A0%80verden"),
      status: 400,
      danish: /ugyldige eller usynlige tegn/,
    },
    {
      name: "a bidi override in a title",
      send: () => post("/ny", newThread({ title: "Skole\u202Egnirgævelok titel" })),
      status: 400,
      danish: /ugyldige eller usynlige tegn/,
    },
    {
      name: "a bidi override in a display name",
      send: () =>
        post(
          "/profil",
          new URLSearchParams({
            intent: "profile",
            displayName: "Mikkel\u202E",
            profession: "SSP-konsulent",
            experience: "inherit",
          }),
        ),
      status: 400,
      danish: /ugyldige eller usynlige tegn/,
    },
    {
      name: "1,000 tags",
      send: () =>
        post(
          "/ny",
          newThread(
            {},
            Array.from({ length: 1_000 }, (_, i) => String(i + 1)),
          ),
        ),
      status: 400,
      danish: /Vælg højst 8 tags/,
    },
    {
      name: "a broken multipart body",
      send: () =>
        post(
          threadPath,
          '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhej',
          "multipart/form-data; boundary=y",
        ),
      status: 400,
      danish: /Formularen kunne ikke læses/,
    },
    {
      name: "a body that is not a form",
      send: () => post(threadPath, '{"intent":"reply"}', "application/json"),
      status: 415,
      danish: /format, Tværs ikke kan læse/,
    },
    {
      name: "malformed percent-encoding",
      send: () => post(threadPath, "intent=reply&body=%E0%A4%A"),
      status: 400,
      danish: /ugyldige eller usynlige tegn/,
    },
    {
      name: "FTS5 operator soup in search",
      send: () => get(`/soeg?q=${encodeURIComponent('"AND( NEAR(a b) * : ^ -- "" OR col:x')}`),
      status: "ok",
      danish: /Søg i erfaringer/,
    },
    { name: "pagination -1", send: () => get(`${threadPath}?side=-1`), status: "ok", danish: /Skriv et svar/ },
    { name: "pagination 0", send: () => get("/k/cases?side=0"), status: "ok", danish: /Cases/ },
    { name: "pagination 1e308", send: () => get("/k/cases?side=1e308"), status: "ok", danish: /Cases/ },
    { name: "pagination NaN", send: () => get("/?side=NaN"), status: "ok", danish: /Velkommen/ },
    { name: "repeated parameters", send: () => get("/k/cases?side=2&side=-5&side=abc"), status: "ok", danish: /Cases/ },
    {
      name: "a malformed path encoding",
      send: () => get("/t/%E0%A4%A"),
      status: 400,
      danish: /Adressen eller forespørgslen kunne ikke læses/,
    },
  ];

  it.each(cases)(
    "answers $name with a Danish message and leaves the database unchanged",
    async ({ send, status, danish }) => {
      const before = counts();
      const response = await send();
      if (status === "ok") expect(response.status).toBeLessThan(400);
      else expect(response.status).toBe(status);
      expect(await response.text()).toMatch(danish);
      expect(counts()).toEqual(before);
    },
  );

  it("answers oversized headers with 431 and a Danish message", async () => {
    const url = new URL(server.baseUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(`GET / HTTP/1.1\r\nHost: ${url.host}\r\nX-Big: ${"a".repeat(64 * 1024)}\r\n\r\n`);
      });
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString("utf8")));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain("Forespørgslens headere er for store");
  });
});
