import path from "node:path";
import fs from "node:fs";
import os from "node:os";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-sqltime-"));
process.env.DATA_DIR = dir;
process.env.NODE_ENV = "production";
const { getDatabase, writeTransaction } = await import("/work/wt-pages/app/db.server");
const { getEnv } = await import("/work/wt-pages/app/env.server");
const env = getEnv();
const { db, sqlite } = getDatabase(env.DATABASE_PATH);
const times = new Map<string, { n: number; ms: number }>();
const orig = sqlite.prepare.bind(sqlite);
(sqlite as any).prepare = (text: string) => {
  const st = orig(text) as any;
  for (const m of ["all", "run", "get", "iterate"]) {
    const f = st[m].bind(st);
    st[m] = (...args: unknown[]) => { const t = performance.now(); try { return f(...args); } finally { const e = times.get(text) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; times.set(text, e); } };
  }
  return st;
};
const { migrateToLatest } = await import("/work/wt-pages/db/migrate");
const { seedDemo } = await import("/work/wt-pages/db/seed/seed");
const { insertReply, insertThread } = await import("/work/wt-pages/app/models/thread.server");
const { createSession, generateSessionToken } = await import("/work/wt-pages/app/auth/session.server");
await migrateToLatest(db); await seedDemo(db);
const author = await db.selectFrom("member").select(["id", "municipality_id"]).where("email", "=", "erfaren@demo.tvaers.dk").executeTakeFirstOrThrow();
const category = await db.selectFrom("category").select("id").where("slug", "=", "temaer").executeTakeFirstOrThrow();
const threadId = await writeTransaction(db, async (tx) => {
  const { threadId } = await insertThread(tx, { title: "Benchmark tråd", categoryId: category.id, authorId: author.id, municipalityId: author.municipality_id, track: "shared", body: "hej ".repeat(100), tagIds: [], createdAt: new Date(Date.now() - 1e8).toISOString() });
  for (let i = 1; i < 50; i++) await insertReply(tx, { threadId, authorId: author.id, body: "svar ".repeat(150), createdAt: new Date(Date.now() - 1e8 + i * 1000).toISOString() });
  return threadId;
});
const slug = (await db.selectFrom("thread").select("slug").where("id", "=", threadId).executeTakeFirstOrThrow()).slug;
const token = generateSessionToken(); await createSession(db, token, author.id);
const route = await import("/work/wt-pages/app/routes/t.$threadRef/route");
const front = await import("/work/wt-pages/app/routes/_index");
const which = process.argv[2] ?? "thread";
const req = () => new Request(`http://localhost/t/${threadId}-${slug}`, { headers: { cookie: `tvaers_session=${token}` } });
if (which === "parts") {
  const m = await import("/work/wt-pages/app/models/thread.server");
  const sim = await import("/work/wt-pages/app/search/similar.server");
  const rd = await import("/work/wt-pages/app/notifications/thread-reading.server");
  const g = await import("/work/wt-pages/app/auth/guards.server");
  const items = await import("/work/wt-pages/app/routes/t.$threadRef/post-items.server");
  const thread = (await m.findThread(db, threadId))!;
  const posts = await m.listThreadPosts(db, threadId, { limit: 50, offset: 0 }, author.id);
  const views = posts.map((p) => ({ ...p, can: { edit: true, delete: true, seeHistory: true, markHelpful: false } }));
  const compiled = db.selectFrom("thread").innerJoin("category", "category.id", "thread.category_id").innerJoin("member", "member.id", "thread.author_id").where("thread.id", "=", threadId).select(["thread.id", "thread.slug", "thread.title", "category.slug as cs", "member.display_name as an"]).compile();
  const parts: Record<string, () => Promise<unknown> | unknown> = {
    requireMember: () => g.requireMember(req()),
    findThread: () => m.findThread(db, threadId),
    listThreadPosts: () => m.listThreadPosts(db, threadId, { limit: 50, offset: 0 }, author.id),
    similar: () => sim.similarThreadsFor(db, thread),
    reading: () => rd.readThreadPage(db, author.id, threadId, posts.map((p) => p.id)),
    renderItems: () => items.renderPostItems(views, { threadId, thread, viewer: { id: author.id, moderator: false, canChooseSolution: true, bookmarked: [], undoable: [] }, openingPostId: posts[0]!.id, flaggedPostId: null, flagQueuedOnly: false }),
    buildCompile: () => db.selectFrom("thread").innerJoin("category", "category.id", "thread.category_id").innerJoin("member", "member.id", "thread.author_id").where("thread.id", "=", threadId).select(["thread.id", "thread.slug", "thread.title", "category.slug as cs", "member.display_name as an"]).compile(),
    execCompiled: () => db.executeQuery(compiled),
    rawSelect1: () => db.executeQuery({ sql: "select 1", parameters: [], query: compiled.query } as any),
    betterSqlite: () => sqlite.prepare(compiled.sql).all(...compiled.parameters),
    json: () => JSON.stringify({ thread, posts: posts.map((p) => ({ id: p.id, html: null })) }),
  };
  for (const [name, f] of Object.entries(parts)) {
    for (let i = 0; i < 30; i++) await f();
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) await f();
    console.log(`${name.padEnd(20)} ${((performance.now() - t0) / 200).toFixed(3)} ms`);
  }
  process.exit(0);
}
const req2 = () => new Request(`http://localhost/${which === "thread" ? `t/${threadId}-${slug}` : ""}`, { headers: { cookie: `tvaers_session=${token}` } });
const call = async () => which === "thread"
  ? route.loader({ request: req2(), params: { threadRef: `${threadId}-${slug}` }, context: { cspNonce: "x", clientAddress: "1", postHtml: new Map() } } as any)
  : (front as any).loader({ request: req2(), params: {}, context: { cspNonce: "x", clientAddress: "1" } });
for (let i = 0; i < 50; i++) await call();
times.clear();
const N = 200; const t0 = performance.now();
for (let i = 0; i < N; i++) await call();
const total = performance.now() - t0;
console.log(`loader ${which}: ${(total / N).toFixed(2)} ms/call`);
const rows = [...times].sort((a, b) => b[1].ms - a[1].ms);
let sqlTotal = 0; for (const [, v] of rows) sqlTotal += v.ms;
console.log(`sql total ${(sqlTotal / N).toFixed(2)} ms/call, ${rows.reduce((a, [, v]) => a + v.n, 0) / N} statements/call`);
for (const [text, v] of rows.slice(0, 15)) console.log(`${(v.ms / N).toFixed(3)} ms  x${v.n / N}  ${text.replace(/\s+/g, " ").slice(0, 220)}`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
