import { strToU8, zipSync } from "fflate";
import type { DB } from "../db.server";
import { recordAdminEvent } from "./admin-event.server";
import { findArticleBySlug } from "./article.server";
import { threadPath } from "./thread-path";

/** Everything Tværs holds about a member, for their own download (their right of access). */
export async function exportMemberData(db: DB, memberId: number) {
  const member = await db
    .selectFrom("member")
    .innerJoin("municipality", "municipality.id", "member.municipality_id")
    .select(["member.id", "member.email", "member.display_name", "member.profession", "member.role", "member.experience_override", "member.is_mentor", "member.hide_newcomer_track", "member.created_at", "municipality.name as municipality"])
    .where("member.id", "=", memberId)
    .executeTakeFirstOrThrow();
  const [posts, revisions, flags, helpful, progress, themes, warnings, drafts, bookmarks] = await Promise.all([
    db.selectFrom("post").innerJoin("thread", "thread.id", "post.thread_id").select(["post.id", "post.thread_id", "thread.title as thread_title", "post.body_source", "post.created_at", "post.edited_at", "post.deleted_at"]).where("post.author_id", "=", memberId).orderBy("post.id").execute(),
    db.selectFrom("post_revision").innerJoin("post", "post.id", "post_revision.post_id").select(["post_revision.post_id", "post_revision.body_source", "post_revision.title", "post_revision.created_at"]).where("post.author_id", "=", memberId).orderBy("post_revision.id").execute(),
    db.selectFrom("post_flag").select(["post_id", "reason", "note", "created_at", "resolution"]).where("member_id", "=", memberId).orderBy("id").execute(),
    db.selectFrom("helpful_mark").select(["post_id", "created_at"]).where("member_id", "=", memberId).execute(),
    db.selectFrom("onboarding_progress").innerJoin("onboarding_step", "onboarding_step.id", "onboarding_progress.step_id").select(["onboarding_step.title", "onboarding_progress.done_at"]).where("onboarding_progress.member_id", "=", memberId).execute(),
    db.selectFrom("mentor_theme").innerJoin("tag", "tag.id", "mentor_theme.tag_id").select("tag.label").where("mentor_theme.member_id", "=", memberId).execute(),
    db.selectFrom("moderator_warning").select(["post_id", "note", "created_at"]).where("member_id", "=", memberId).execute(),
    db.selectFrom("draft").select(["thread_id", "title", "body", "updated_at"]).where("member_id", "=", memberId).orderBy("id").execute(),
    db.selectFrom("bookmark").select(["post_id", "created_at"]).where("member_id", "=", memberId).execute(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...member, is_mentor: member.is_mentor === 1, hide_newcomer_track: member.hide_newcomer_track === 1, mentorThemes: themes.map((t) => t.label) },
    posts,
    revisions,
    flagsMade: flags,
    helpfulMarks: helpful,
    onboardingProgress: progress,
    warningsReceived: warnings,
    drafts,
    bookmarks,
  };
}

export const ERASED_NAME = "Tidligere medlem";

/**
 * Erases a member: personal fields cleared, sign-in impossible, sessions ended,
 * personal settings removed. Posts stay, shown as written by "Tidligere medlem",
 * so colleagues' replies keep their context.
 */
export async function eraseMember(tx: DB, input: { memberId: number; actorId: number }): Promise<void> {
  const member = await tx.selectFrom("member").select(["id", "role"]).where("id", "=", input.memberId).executeTakeFirst();
  if (!member) throw new Response("Medlemmet findes ikke", { status: 404 });
  await tx
    .updateTable("member")
    .set({
      email: `slettet-${member.id}@tvaers.invalid`,
      display_name: ERASED_NAME,
      profession: "",
      password_hash: null,
      experience_override: null,
      is_mentor: 0,
      hide_newcomer_track: 0,
      role: "member",
      disabled_at: new Date().toISOString(),
    })
    .where("id", "=", member.id)
    .execute();
  // Drafts are unsent text: nothing of them stays with colleagues, so they go with the member.
  for (const table of ["session", "mentor_theme", "onboarding_progress", "mentor_claim", "draft", "bookmark"] as const) {
    await tx.deleteFrom(table).where("member_id", "=", member.id).execute();
  }
  await recordAdminEvent(tx, { actorId: input.actorId, action: "member.erased", targetType: "member", targetId: member.id });
}

/** The published Vidensbank as a zip of Markdown files, one per article. */
export async function exportKnowledgeBaseZip(db: DB): Promise<Uint8Array> {
  const published = await db.selectFrom("knowledge_article").select("slug").where("status", "=", "published").orderBy("slug").execute();
  const files: Record<string, Uint8Array> = {};
  for (const { slug } of published) {
    const article = await findArticleBySlug(db, slug);
    if (!article) continue;
    const lines = [
      `# ${article.title}`,
      "",
      `Tema: ${article.tags.map((t) => t.label).join(", ") || "–"}  `,
      `Ansvarlig: ${article.owner.name}  `,
      `Gennemgås senest: ${article.reviewOn}  `,
      `Bidrag fra: ${article.municipalities.map((m) => m.name).join(", ") || "–"}`,
      "",
      article.summarySource,
      "",
      ...(article.keyPoints.length ? ["## Hovedpunkter", "", ...article.keyPoints.map((point) => `- ${point}`), ""] : []),
      ...(article.sources.length ? ["## Kilder i forummet", "", ...article.sources.map((source) => `- ${source.author}, ${source.municipality}: «${source.thread.title}» (${threadPath(source.thread, source.postId)})`), ""] : []),
    ];
    files[`${slug}.md`] = strToU8(lines.join("\n"));
  }
  return zipSync(files, { level: 6 });
}
