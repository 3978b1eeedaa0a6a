import type { ThreadHeading } from "../../db/schema";
import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { notFound } from "../copy/not-found";

export interface OnboardingStep {
  id: number;
  position: number;
  title: string;
  note: string;
  thread: ThreadHeading | null;
  article: { slug: string; title: string } | null;
  done: boolean;
}

/** The curated path in order, with this member's progress. */
export async function listOnboardingSteps(db: DB, memberId: number | null): Promise<OnboardingStep[]> {
  const rows = await db
    .selectFrom("onboarding_step as s")
    .leftJoin("thread", "thread.id", "s.thread_id")
    .leftJoin("knowledge_article as article", (join) =>
      join.onRef("article.id", "=", "s.article_id").on("article.status", "=", "published"),
    )
    .leftJoin("onboarding_progress as p", (join) =>
      join.onRef("p.step_id", "=", "s.id").on("p.member_id", "=", memberId ?? -1),
    )
    .select([
      "s.id",
      "s.position",
      "s.title",
      "s.note",
      "thread.id as thread_id",
      "thread.slug as thread_slug",
      "thread.title as thread_title",
      "article.slug as article_slug",
      "article.title as article_title",
      "p.done_at",
    ])
    .orderBy("s.position")
    .orderBy("s.id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    title: row.title,
    note: row.note,
    thread:
      row.thread_id !== null && row.thread_slug !== null && row.thread_title !== null
        ? { id: row.thread_id, slug: row.thread_slug, title: row.thread_title }
        : null,
    article:
      row.article_slug !== null && row.article_title !== null
        ? { slug: row.article_slug, title: row.article_title }
        : null,
    done: row.done_at !== null,
  }));
}

export async function setStepDone(
  tx: DB,
  memberId: number,
  stepId: number,
  done: boolean,
  now = new Date(),
): Promise<void> {
  if (!done) {
    await tx
      .deleteFrom("onboarding_progress")
      .where("member_id", "=", memberId)
      .where("step_id", "=", stepId)
      .execute();
    return;
  }
  const step = await tx.selectFrom("onboarding_step").select("id").where("id", "=", stepId).executeTakeFirst();
  if (!step) throw new Refusal(notFound.onboardingStep, { status: 404 });
  await tx
    .insertInto("onboarding_progress")
    .values({ member_id: memberId, step_id: stepId, done_at: now.toISOString() })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function addOnboardingStep(
  tx: DB,
  input: { title: string; note: string; threadId: number | null; articleId?: number | null },
  now = new Date(),
): Promise<number> {
  const last = await tx
    .selectFrom("onboarding_step")
    .select((eb) => eb.fn.max("position").as("p"))
    .executeTakeFirst();
  const row = await tx
    .insertInto("onboarding_step")
    .values({
      title: input.title,
      note: input.note,
      thread_id: input.threadId,
      article_id: input.articleId ?? null,
      position: Number(last?.p ?? 0) + 1,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Swaps a step with its neighbour above or below, renumbering the path 1…n. */
export async function moveOnboardingStep(tx: DB, stepId: number, direction: "up" | "down"): Promise<void> {
  const steps = await tx.selectFrom("onboarding_step").select("id").orderBy("position").orderBy("id").execute();
  const order = steps.map((step) => step.id);
  const index = order.indexOf(stepId);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return;
  [order[index], order[target]] = [order[target] as number, order[index] as number];
  for (const [position, id] of order.entries()) {
    await tx
      .updateTable("onboarding_step")
      .set({ position: position + 1 })
      .where("id", "=", id)
      .execute();
  }
}

export async function deleteOnboardingStep(tx: DB, stepId: number): Promise<void> {
  await tx.deleteFrom("onboarding_step").where("id", "=", stepId).execute();
}

/** How far the newcomers of each municipality have come: members who started, and steps done out of possible. */
export async function onboardingProgressByMunicipality(db: DB) {
  const total = Number(
    (
      await db
        .selectFrom("onboarding_step")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  const rows = await db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .leftJoin("onboarding_progress as p", "p.member_id", "member.id")
    .where("member.disabled_at", "is", null)
    .select((eb) => [
      "municipality.id",
      "municipality.name",
      "municipality.joined_on",
      "municipality.experience_override",
      eb.fn.count<number>("p.step_id").as("done"),
      eb.fn.count<number>("member.id").distinct().as("members"),
    ])
    .groupBy("municipality.id")
    .orderBy("municipality.name")
    .execute();
  return {
    totalSteps: total,
    rows: rows.map((row) => ({ ...row, done: Number(row.done), members: Number(row.members) })),
  };
}
