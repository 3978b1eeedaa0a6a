import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { moderationQueueSizes, weeklyActivity } from "../../app/models/dashboard.server";
import { addOnboardingStep, listOnboardingSteps } from "../../app/models/onboarding.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { createCategory, createMember } from "../factories";

describe("moderator dashboard", () => {
  it("counts posts per week and track, and the queues", async () => {
    const author = await createMember();
    const other = await createMember();
    const category = await createCategory();
    const base = {
      categoryId: category.id,
      authorId: author.id,
      municipalityId: author.municipality_id,
      tagIds: [] as number[],
    };
    const newcomer = await insertThread(getDb(), {
      ...base,
      title: "Ny og i tvivl",
      body: "Hjælp",
      track: "newcomer",
      createdAt: "2026-11-16T10:00:00.000Z",
    });
    await insertThread(getDb(), {
      ...base,
      title: "Fælles drøftelse",
      body: "Hej",
      track: "shared",
      createdAt: "2026-11-17T10:00:00.000Z",
    });
    const answered = await insertThread(getDb(), {
      ...base,
      title: "Ny og besvaret",
      body: "Hjælp",
      track: "newcomer",
      createdAt: "2026-11-22T10:00:00.000Z",
    });
    await insertReply(getDb(), {
      threadId: answered.threadId,
      authorId: other.id,
      body: "Svar",
      createdAt: "2026-11-22T12:00:00.000Z",
    });
    await getDb()
      .insertInto("post_flag")
      .values({
        post_id: newcomer.postId,
        member_id: other.id,
        reason: "off_topic",
        note: null,
        created_at: "2026-11-22T12:00:00.000Z",
      })
      .execute();

    const now = new Date("2026-11-23T12:00:00.000Z"); // a Monday
    const weeks = await weeklyActivity(getDb(), 2, now);
    expect(weeks).toEqual([
      { weekStart: "2026-11-16", posts: { newcomer: 3, experienced: 0, shared: 1 } },
      { weekStart: "2026-11-23", posts: { newcomer: 0, experienced: 0, shared: 0 } },
    ]);
    expect(await moderationQueueSizes(getDb(), "2026-11-23", now)).toEqual({
      openFlags: 1,
      hiddenPosts: 0,
      articlesDue: 0,
      drafts: 0,
      unansweredNewcomer: 1,
      overdueNewcomer: 1,
    });
  });

  it("lets an onboarding step point to a published Vidensbank article", async () => {
    const moderator = await createMember({ role: "moderator" });
    const now = new Date().toISOString();
    const article = await getDb()
      .insertInto("knowledge_article")
      .values({
        slug: "forste-chat",
        title: "Den første chat",
        summary_source: "x",
        summary_html: "<p>x</p>",
        key_points: "[]",
        owner_id: moderator.id,
        review_on: "2027-01-01",
        status: "published",
        created_by: moderator.id,
        created_at: now,
        updated_at: now,
        published_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeTransaction(getDb(), (tx) =>
      addOnboardingStep(tx, { title: "Læs om den første chat", note: "", threadId: null, articleId: article.id }),
    );
    const [step] = await listOnboardingSteps(getDb(), moderator.id);
    expect(step).toMatchObject({
      title: "Læs om den første chat",
      article: { slug: "forste-chat", title: "Den første chat" },
      thread: null,
      done: false,
    });
  });
});
