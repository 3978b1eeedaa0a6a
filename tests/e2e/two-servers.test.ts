import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, launchBrowser, signIn, startServer, type RunningServer } from "./support/server";
import type { Browser } from "playwright-core";

/**
 * Two app servers on one PostgreSQL (issue 20), as the README's Drift section
 * runs them behind nginx: started at the same moment on an empty database,
 * sharing sessions, live updates, the outboxes and the writes. Needs
 * TEST_POSTGRES_URL (`npm run test:postgres` starts a throwaway cluster).
 */
const adminUrl = process.env.TEST_POSTGRES_URL;
if (!adminUrl)
  console.warn("two-servers.test.ts: skipped, TEST_POSTGRES_URL is not set (npm run test:postgres sets it).");

const databaseName = `tvaers_two_servers_${process.pid}`;
function databaseUrl(): string {
  const url = new URL(adminUrl ?? "postgres://localhost/postgres");
  url.pathname = `/${databaseName}`;
  return url.toString();
}
async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}
async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Until `check` holds, or fail after `attempts` looks 100 ms apart: a bound, not a sleep that orders events. */
async function eventually(check: () => Promise<boolean>, what: string, attempts = 150): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function signInOver(server: RunningServer, email: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: server.baseUrl, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
  });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

describe.skipIf(!adminUrl)("two app servers on one PostgreSQL", () => {
  let a: RunningServer;
  let b: RunningServer;
  let browser: Browser;
  let threadPath = "";

  beforeAll(async () => {
    await onServer(`drop database if exists ${databaseName} with (force)`);
    await onServer(`create database ${databaseName}`);
    const env = { DATABASE_URL: databaseUrl(), POSTING_MIN_INTERVAL_SECONDS: "0", POSTING_DUPLICATE_MINUTES: "0" };
    // At the same moment on an empty database: one migrates and seeds, the other waits and finds it done.
    [a, b] = await Promise.all([startServer({ env }), startServer({ env })]);
    browser = await launchBrowser();
    const [thread] = await query<{ id: number; slug: string }>(
      "select id, slug from thread where locked = 0 order by id limit 1",
    );
    threadPath = `/t/${thread?.id}-${thread?.slug}`;
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    if (adminUrl) await onServer(`drop database if exists ${databaseName} with (force)`);
  });

  it("start together on an empty database and seed it once; each says so on /healthz", async () => {
    // Seeded once: the demo's accounts exist once each, though both servers found the database empty.
    const [admins] = await query<{ n: string }>(
      "select count(*) as n from member where email = 'admin@demo.tvaers.dk'",
    );
    expect(Number(admins?.n)).toBe(1);
    for (const server of [a, b]) {
      const health = (await (await fetch(`${server.baseUrl}/healthz`)).json()) as { dialect: string; pool: object };
      expect(health.dialect).toBe("postgres");
      expect(health.pool).toMatchObject({ max: 10 });
    }
  });

  it("a session made on one server is valid on the other", async () => {
    const cookie = await signInOver(a, "erfaren@demo.tvaers.dk");
    expect(cookie).toMatch(/^tvaers_session=/);
    const page = await fetch(`${b.baseUrl}/`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Log ud");
  });

  it("a reply posted through one server is on the other's open thread page at once", async () => {
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    await signIn(reader, b.baseUrl, "erfaren@demo.tvaers.dk");
    await reader.goto(`${b.baseUrl}${threadPath}`);
    await reader.getByRole("heading", { level: 1 }).waitFor();

    const cookie = await signInOver(a, "ny@demo.tvaers.dk");
    const text = "Svar skrevet på server A og læst på server B.";
    const posted = await fetch(`${a.baseUrl}${threadPath}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: a.baseUrl, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "reply", body: text }),
    });
    expect(posted.status).toBe(302);
    // LISTEN/NOTIFY: server B's open page hears of the reply written through A.
    const show = reader.getByRole("button", { name: "1 nyt svar – vis" });
    await show.waitFor({ timeout: 15_000 });
    await show.click();
    await reader.locator("article.post", { hasText: text }).waitFor();
    const onB = await fetch(`${b.baseUrl}${threadPath}`, { headers: { cookie } });
    expect(await onB.text()).toContain(text);
    await readerContext.close();
  });

  it("every queued mail is sent exactly once, by one server or the other", async () => {
    // Both servers run the mail worker; the seeded network's first digests are due at once.
    await eventually(async () => {
      const [row] = await query<{ n: string }>("select count(*) as n from mail_outbox where kind = 'digest'");
      return Number(row?.n) === 0;
    }, "every digest sent");
    const mails = [a, b].flatMap((server) => {
      const folder = path.join(server.dataDir, "mail");
      return fs.existsSync(folder)
        ? fs.readdirSync(folder).map((file) => fs.readFileSync(path.join(folder, file), "utf8"))
        : [];
    });
    const parsed = await Promise.all(mails.map((mail) => simpleParser(mail)));
    expect(parsed.length).toBeGreaterThan(10);
    expect(new Set(parsed.map((mail) => mail.messageId)).size).toBe(parsed.length);
    const [members] = await query<{ n: string }>("select count(*) as n from member where disabled_at is null");
    const digests = parsed.filter((mail) => mail.subject === "Dit ugentlige overblik fra Tværs");
    expect(digests.length).toBe(Number(members?.n));
    expect(new Set(digests.map((mail) => mail.to && "text" in mail.to && mail.to.text)).size).toBe(digests.length);
  });

  it("killing one server mid-write loses no acknowledged post", async () => {
    const cookie = await signInOver(a, "mentor@demo.tvaers.dk");
    const acknowledged: string[] = [];
    let killed = false;
    const writing = (async () => {
      for (let i = 0; i < 200; i += 1) {
        const text = `Skrivning ${i} gennem server A før nedbruddet.`;
        try {
          const response = await fetch(`${a.baseUrl}${threadPath}`, {
            method: "POST",
            redirect: "manual",
            headers: { cookie, origin: a.baseUrl, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ intent: "reply", body: text }),
          });
          if (response.status === 302) acknowledged.push(text);
        } catch {
          if (killed) return;
          throw new Error("server A stopped answering before it was killed");
        }
      }
    })();
    await eventually(async () => acknowledged.length >= 15, "15 acknowledged replies");
    killed = true;
    await a.kill();
    await writing;
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    const stored = new Set(
      (await query<{ body_source: string }>("select body_source from post where body_source like 'Skrivning %'")).map(
        (row) => row.body_source,
      ),
    );
    for (const text of acknowledged) expect(stored.has(text), text).toBe(true);
    // Server B serves on, with every acknowledged reply.
    const reader = await signInOver(b, "erfaren@demo.tvaers.dk");
    const page = await fetch(`${b.baseUrl}${threadPath}`, { headers: { cookie: reader } });
    expect(page.status).toBe(200);
  });
});
