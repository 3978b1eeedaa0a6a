import { freeHandleFor } from "../../app/notifications/member-handle.server";
import type { DB } from "../../app/db.server";
import { writeTransaction } from "../../app/db.server";
import { hashPassword } from "../../app/auth/password.server";
import { createArticle } from "../../app/models/article.server";
import { setSolution } from "../../app/models/post.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { articles } from "./data/articles";
import { categories } from "./data/categories";
import { members } from "./data/members";
import { municipalities } from "./data/municipalities";
import { tags } from "./data/tags";
import { seedMeetings } from "./meetings";
import { mentors, onboardingDone, onboardingPath, pairings } from "./data/mentoring";
import { demoThreads } from "./data/threads/index";
import type { SeedMunicipality } from "./types";

export const DEMO_PASSWORD = "demo-tvaers-2026";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function joinedOn(municipality: SeedMunicipality, now: Date): string {
  if (typeof municipality.joined === "string") return municipality.joined;
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - municipality.joined.monthsAgo, 1));
  return date.toISOString().slice(0, 10);
}

export async function isEmpty(db: DB): Promise<boolean> {
  const row = await db
    .selectFrom("municipality")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0) === 0;
}

/**
 * Seeds the demo network. Content is fixed; times are relative to `now`, so
 * the same municipalities are newcomers and the same threads are recent on
 * every fresh clone. Refuses a database that already holds a network.
 */
export async function seedDemo(db: DB, now = new Date()): Promise<{ threads: number; posts: number; members: number }> {
  if (!(await isEmpty(db)))
    throw new Error("The database already holds a network; the demo seed only runs on an empty one.");
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const createdAt = now.toISOString();
  const latest = now.getTime() - 5 * 60_000;

  return writeTransaction(db, async (tx) => {
    const municipalityIds = new Map<string, number>();
    for (const m of municipalities) {
      const row = await tx
        .insertInto("municipality")
        .values({
          slug: m.slug,
          name: m.name,
          region: m.region,
          joined_on: joinedOn(m, now),
          experience_override: m.experienceOverride ?? null,
          created_at: createdAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      municipalityIds.set(m.slug, row.id);
    }
    const categoryIds = new Map<string, number>();
    for (const [position, c] of categories.entries()) {
      const row = await tx
        .insertInto("category")
        .values({ slug: c.slug, name: c.name, description: c.description, position })
        .returning("id")
        .executeTakeFirstOrThrow();
      categoryIds.set(c.slug, row.id);
    }
    const tagIds = new Map<string, number>();
    for (const t of tags) {
      const row = await tx.insertInto("tag").values(t).returning("id").executeTakeFirstOrThrow();
      tagIds.set(t.slug, row.id);
    }
    const memberIds = new Map<string, { id: number; municipalityId: number }>();
    for (const m of members) {
      const municipalityId = lookup(municipalityIds, m.municipality, "municipality");
      const row = await tx
        .insertInto("member")
        .values({
          municipality_id: municipalityId,
          email: m.email,
          display_name: m.displayName,
          handle: await freeHandleFor(tx, m.displayName),
          profession: m.profession,
          role: m.role,
          experience_override: m.experienceOverride ?? null,
          password_hash: passwordHash,
          created_at: createdAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      memberIds.set(m.key, { id: row.id, municipalityId });
    }

    let posts = 0;
    // Oldest first, so ids follow time as they do in real use.
    const ordered = [...demoThreads].sort((a, b) => b.startedDaysAgo - a.startedDaysAgo);
    for (const thread of ordered) {
      const [opening, ...replies] = thread.posts;
      if (!opening) throw new Error(`Demo thread "${thread.title}" has no posts`);
      const author = lookup(memberIds, opening.author, "member");
      const start = now.getTime() - thread.startedDaysAgo * DAY;
      const { threadId } = await insertThread(tx, {
        title: thread.title,
        categoryId: lookup(categoryIds, thread.category, "category"),
        authorId: author.id,
        municipalityId: author.municipalityId,
        track: thread.track,
        body: opening.body,
        tagIds: thread.tags.map((slug) => lookup(tagIds, slug, "tag")),
        pinned: thread.pinned,
        locked: thread.locked,
        createdAt: new Date(Math.min(start, latest)).toISOString(),
      });
      posts += 1;
      const replyIds: number[] = [];
      for (const reply of replies) {
        const at = Math.min(start + reply.hoursAfterStart * HOUR, latest);
        const { postId } = await insertReply(tx, {
          threadId,
          authorId: lookup(memberIds, reply.author, "member").id,
          body: reply.body,
          createdAt: new Date(at).toISOString(),
        });
        replyIds.push(postId);
        posts += 1;
      }
      const solutionId = thread.solution !== undefined ? replyIds[thread.solution - 1] : undefined;
      if (solutionId !== undefined) await setSolution(tx, threadId, solutionId);
    }
    await backdateMemberships(tx, memberIds, now);
    const threadIds = new Map(
      (await tx.selectFrom("thread").select(["id", "title"]).execute()).map((t) => [t.title, t.id]),
    );
    for (const mentor of mentors) {
      const memberId = lookup(memberIds, mentor.member, "member").id;
      await tx.updateTable("member").set({ is_mentor: 1 }).where("id", "=", memberId).execute();
      await tx
        .insertInto("mentor_theme")
        .values(mentor.themes.map((slug) => ({ member_id: memberId, tag_id: lookup(tagIds, slug, "tag") })))
        .execute();
    }
    for (const pairing of pairings) {
      await tx
        .insertInto("municipality_pairing")
        .values({
          newcomer_municipality_id: lookup(municipalityIds, pairing.newcomer, "municipality"),
          mentor_municipality_id: lookup(municipalityIds, pairing.mentor, "municipality"),
          paired_at: createdAt,
          paired_by_id: null,
        })
        .execute();
    }
    const stepIds: number[] = [];
    for (const [index, step] of onboardingPath.entries()) {
      const row = await tx
        .insertInto("onboarding_step")
        .values({
          position: index + 1,
          title: step.title,
          note: step.note,
          thread_id: lookup(threadIds, step.thread, "thread"),
          created_at: createdAt,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      stepIds.push(row.id);
    }
    for (const progress of onboardingDone) {
      const memberId = lookup(memberIds, progress.member, "member").id;
      await tx
        .insertInto("onboarding_progress")
        .values(
          progress.steps.map((index) => ({
            member_id: memberId,
            step_id: lookup(new Map(stepIds.entries()), index, "onboarding step"),
            done_at: createdAt,
          })),
        )
        .execute();
    }
    for (const article of articles) {
      const threadId = lookup(threadIds, article.thread, "thread");
      const postIds = (
        await tx.selectFrom("post").select("id").where("thread_id", "=", threadId).orderBy("id").execute()
      ).map((post) => post.id);
      const ownerId = lookup(memberIds, article.owner, "member").id;
      await createArticle(
        tx,
        {
          title: article.title,
          summary: article.summary,
          keyPoints: article.keyPoints,
          sourcePostIds: [0, ...article.replies].map((place) => lookup(new Map(postIds.entries()), place, "post")),
          tagIds: article.themes.map((slug) => lookup(tagIds, slug, "tag")),
          ownerId,
          reviewOn: new Date(now.getTime() + article.reviewInDays * DAY).toISOString().slice(0, 10),
          status: "published",
          actorId: ownerId,
        },
        new Date(latest),
      );
    }
    await seedMeetings(tx, {
      now,
      memberId: (key) => lookup(memberIds, key, "member"),
      threadId: (title) => lookup(threadIds, title, "thread"),
      municipalityId: (slug) => lookup(municipalityIds, slug, "municipality"),
    });
    return { threads: ordered.length, posts, members: members.length };
  });
}

/**
 * A demo profile that says "Medlem siden" today above posts from last year looks broken: each member
 * joined some weeks before their first post (a fixed spread, so every fresh clone shows the same),
 * never before their municipality joined the network.
 */
async function backdateMemberships(
  tx: DB,
  memberIds: Map<string, { id: number; municipalityId: number }>,
  now: Date,
): Promise<void> {
  const firstPosts = new Map(
    (
      await tx
        .selectFrom("post")
        .select((eb) => ["author_id", eb.fn.min<string>("created_at").as("first")])
        .groupBy("author_id")
        .execute()
    ).map((row) => [row.author_id, row.first]),
  );
  const joinedOn = new Map(
    (await tx.selectFrom("municipality").select(["id", "joined_on"]).execute()).map((row) => [
      row.id,
      Date.parse(`${row.joined_on}T09:00:00Z`),
    ]),
  );
  for (const [index, { id, municipalityId }] of [...memberIds.values()].entries()) {
    const first = firstPosts.get(id);
    const before = first ? Date.parse(first) : now.getTime();
    const weeksEarlier = 2 + ((index * 5) % 17);
    const joined = Math.max(before - weeksEarlier * 7 * DAY, joinedOn.get(municipalityId) ?? 0);
    // A municipality that joined after the member's first post cannot push the membership past it.
    const createdAt = new Date(Math.min(joined, before - DAY)).toISOString();
    await tx.updateTable("member").set({ created_at: createdAt }).where("id", "=", id).execute();
  }
}

function lookup<K, T>(map: Map<K, T>, key: K, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data names an unknown ${what}: ${String(key)}`);
  return value;
}
