/**
 * The weekly digest for 5,000 members, built up to queuing into the mail
 * outbox: one query plan per section and batch, grouped in memory, no query
 * per member. Seeds members over municipalities, tracks, followed and muted
 * tags and mentors, and a realistic week of threads, replies, articles and a
 * meeting; then runs the worker's digest step once.
 *
 *   npm run bench:digest        (MEMBERS=5000 THREADS=350 by default)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-bench-digest-"));
process.env.DATA_DIR = dataDir;
process.env.DATABASE_PATH = path.join(dataDir, "bench.sqlite");
process.env.SEED_DEMO = "false";

const MEMBERS = Number(process.env.MEMBERS ?? 5000);
const THREADS = Number(process.env.THREADS ?? 350);
const MUNICIPALITIES = 98;
const TAGS = 24;
const CATEGORIES = 8;
const GOAL_MS = 60_000;
const DAY = 24 * 3_600_000;

const { getDb, writeTransaction } = await import("../../app/db.server");
const { migrateToLatest } = await import("../../db/migrate");
const { insertReply, insertThread } = await import("../../app/models/thread.server");
const { queueDueDigests } = await import("../../app/mail/digest.server");
const { sql } = await import("kysely");

const db = getDb();
await migrateToLatest(db);
const now = new Date();
const at = now.toISOString();
// A fixed sequence, so every run seeds the same forum.
let seed = 17;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;

const seedStarted = performance.now();
const municipalityIds: number[] = [];
const tagIds: number[] = [];
const categoryIds: number[] = [];
const memberIds: number[] = [];
await writeTransaction(db, async (tx) => {
  for (let i = 0; i < MUNICIPALITIES; i += 1) {
    // One in five joined this year: newcomers.
    const joined = i % 5 === 0 ? new Date(now.getTime() - 90 * DAY) : new Date("2018-01-01");
    const row = await tx
      .insertInto("municipality")
      .values({
        slug: `kommune-${i}`,
        name: `Kommune ${i}`,
        region: "",
        joined_on: joined.toISOString().slice(0, 10),
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    municipalityIds.push(row.id);
  }
  for (let i = 0; i < TAGS; i += 1) {
    const row = await tx
      .insertInto("tag")
      .values({ slug: `tema-${i}`, label: `Tema ${i}`, kind: "theme", description: "" })
      .returning("id")
      .executeTakeFirstOrThrow();
    tagIds.push(row.id);
  }
  for (let i = 0; i < CATEGORIES; i += 1) {
    const row = await tx
      .insertInto("category")
      .values({ slug: `kategori-${i}`, name: `Kategori ${i}`, description: "", position: i })
      .returning("id")
      .executeTakeFirstOrThrow();
    categoryIds.push(row.id);
  }
  for (let i = 0; i < MEMBERS; i += 250) {
    const rows = await tx
      .insertInto("member")
      .values(
        Array.from({ length: Math.min(250, MEMBERS - i) }, (_, k) => ({
          municipality_id: municipalityIds[(i + k) % MUNICIPALITIES] as number,
          email: `m${i + k}@bench.dk`,
          display_name: `Medlem ${i + k}`,
          profession: "UU-vejleder",
          role: "member" as const,
          password_hash: null,
          created_at: at,
          // One in ten is a mentor; one in eight experienced members hides the newcomer track.
          is_mentor: (i + k) % 10 === 0 ? 1 : 0,
          hide_newcomer_track: (i + k) % 8 === 3 ? 1 : 0,
        })),
      )
      .returning("id")
      .execute();
    memberIds.push(...rows.map((row) => row.id));
  }
  const watches: { member_id: number; target_type: "tag" | "category"; target_id: number; level: 0 | 2 | 3 }[] = [];
  const themes: { member_id: number; tag_id: number }[] = [];
  for (const [index, memberId] of memberIds.entries()) {
    const followed = new Set<number>();
    for (let k = 0; k < 1 + Math.floor(random() * 3); k += 1) followed.add(pick(tagIds));
    for (const tagId of followed) watches.push({ member_id: memberId, target_type: "tag", target_id: tagId, level: 3 });
    const muted = pick(tagIds);
    if (index % 4 === 0 && !followed.has(muted))
      watches.push({ member_id: memberId, target_type: "tag", target_id: muted, level: 0 });
    if (index % 7 === 0)
      watches.push({ member_id: memberId, target_type: "category", target_id: pick(categoryIds), level: 2 });
    if (index % 10 === 0) {
      const mentorThemes = new Set([pick(tagIds), pick(tagIds)]);
      for (const tagId of mentorThemes) themes.push({ member_id: memberId, tag_id: tagId });
    }
  }
  for (let i = 0; i < watches.length; i += 500)
    await tx
      .insertInto("watch")
      .values(watches.slice(i, i + 500))
      .execute();
  for (let i = 0; i < themes.length; i += 500)
    await tx
      .insertInto("mentor_theme")
      .values(themes.slice(i, i + 500))
      .execute();
});

// A week of threads: ~50 a day over every track, one in three answered, a few hidden.
const tracks = ["newcomer", "experienced", "shared"] as const;
const threadIds: number[] = [];
await writeTransaction(db, async (tx) => {
  for (let i = 0; i < THREADS; i += 1) {
    const authorId = pick(memberIds);
    const createdAt = new Date(now.getTime() - 7 * DAY + ((i + 0.5) / THREADS) * 7 * DAY - 60_000).toISOString();
    const { threadId, postId } = await insertThread(tx, {
      title: `Hvordan håndterer I sag nummer ${i}?`,
      body: `Vi har en ung, der er droppet ud af ungdomsuddannelsen. Hvad gør I i jeres kommune, og hvem tager det første skridt? (${i})`,
      categoryId: pick(categoryIds),
      authorId,
      municipalityId: pick(municipalityIds),
      track: tracks[i % 3] as (typeof tracks)[number],
      tagIds: [...new Set([pick(tagIds), pick(tagIds)])],
      createdAt,
    });
    threadIds.push(threadId);
    if (i % 3 === 0)
      await insertReply(tx, { threadId, authorId: pick(memberIds), body: "Vi ringer altid hjem først.", createdAt });
    if (i % 40 === 0)
      await tx
        .insertInto("post_hidden")
        .values({ post_id: postId, hidden_by_id: authorId, hidden_at: createdAt })
        .execute();
  }
  for (let i = 0; i < 6; i += 1) {
    const publishedAt = new Date(now.getTime() - (i + 0.5) * DAY).toISOString();
    const author = pick(memberIds);
    await tx
      .insertInto("knowledge_article")
      .values({
        slug: `artikel-${i}`,
        title: `Det har vi lært om overgange ${i}`,
        summary_source: "Et sammendrag af netværkets erfaringer.",
        summary_html: "<p>Et sammendrag af netværkets erfaringer.</p>",
        key_points: "[]",
        owner_id: author,
        review_on: "2027-12-01",
        status: "published",
        created_by: author,
        created_at: publishedAt,
        updated_at: publishedAt,
        published_at: publishedAt,
      })
      .execute();
  }
  await tx
    .insertInto("meeting")
    .values({
      title: "Netværksmøde",
      starts_at: new Date(now.getTime() + 12 * DAY).toISOString(),
      ends_at: new Date(now.getTime() + 12 * DAY + 3 * 3_600_000).toISOString(),
      place: "Vejle Rådhus",
      host_municipality_id: municipalityIds[0] ?? null,
      created_by: memberIds[0] as number,
      created_at: at,
      updated_at: at,
    })
    .execute();
  // The work queued by posting is not what is measured here.
  await tx.deleteFrom("notify_event").execute();
});
await sql`analyze`.execute(db);
const seedSeconds = (performance.now() - seedStarted) / 1000;

const started = performance.now();
const result = await queueDueDigests(db, now);
const elapsedMs = performance.now() - started;
const queued = await db
  .selectFrom("mail_outbox")
  .select((eb) => eb.fn.countAll<number>().as("count"))
  .where("kind", "=", "digest")
  .executeTakeFirstOrThrow();
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(
  `Seeded in ${seedSeconds.toFixed(1)} s: ${MEMBERS} members, ${THREADS} threads in the last week, 6 articles, 1 meeting`,
);
console.log(
  `Weekly digest: ${result.members} members due, ${result.queued} mails queued (${queued.count} in the outbox)`,
);
console.log(
  `Time: ${(elapsedMs / 1000).toFixed(2)} s (${(elapsedMs / Math.max(1, result.members)).toFixed(2)} ms per member)`,
);
console.log(`Peak RSS: ${peakRssMb.toFixed(0)} MB`);
console.log(`Goal (< ${GOAL_MS / 1000} s for ${MEMBERS} members): ${elapsedMs < GOAL_MS ? "met" : "NOT met"}`);
await db.destroy();
fs.rmSync(dataDir, { recursive: true, force: true });
if (elapsedMs >= GOAL_MS) process.exitCode = 1;
