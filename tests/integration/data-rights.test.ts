import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { createSession, generateSessionToken, validateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { eraseMember, exportMemberData } from "../../app/models/data-rights.server";
import { exportKnowledgeBaseZip } from "../../app/models/knowledge-export.server";
import { editPost } from "../../app/models/post.server";
import { findThread, listThreadPosts } from "../../app/models/thread.server";
import { createMember, createThread } from "../factories";
import { sessionFor } from "../support/sessions";

describe("data rights", () => {
  it("exports a member's profile, posts, earlier versions and flags as JSON", async () => {
    const member = await createMember({ displayName: "Hanne Holm" });
    const { threadId, postId } = await createThread({
      authorId: member.id,
      municipalityId: member.municipality_id,
      body: "Første version",
    });
    await editPost(getDb(), { postId, editorId: member.id, body: "Anden version", at: new Date().toISOString() });
    await getDb()
      .insertInto("post_flag")
      .values({
        post_id: postId,
        member_id: member.id,
        reason: "other",
        note: "Min note",
        created_at: new Date().toISOString(),
      })
      .execute();
    const data = await exportMemberData(getDb(), member.id);
    expect(data.profile).toMatchObject({ display_name: "Hanne Holm", email: member.email });
    expect(data.posts).toMatchObject([{ id: postId, thread_id: threadId, body_source: "Anden version" }]);
    expect(data.revisions).toMatchObject([{ post_id: postId, body_source: "Første version" }]);
    expect(data.flagsMade).toMatchObject([{ post_id: postId, reason: "other", note: "Min note" }]);
    expect(JSON.stringify(data)).not.toContain("password");
  });

  it("exports the invitations to their address, their sessions and failed sign-ins too", async () => {
    const admin = await createMember({ role: "admin" });
    const member = await createMember({ email: "lene.lund@kommune.dk" });
    const now = new Date().toISOString();
    await getDb()
      .insertInto("invitation")
      .values({
        token_hash: "x",
        email: "Lene.Lund@kommune.dk",
        municipality_id: member.municipality_id,
        role: "member",
        invited_by_id: admin.id,
        expires_at: now,
        accepted_at: now,
        accepted_member_id: member.id,
        created_at: now,
      })
      .execute();
    await createSession(getDb(), generateSessionToken(), member.id);
    await getDb()
      .insertInto("sign_in_attempt")
      .values({ bucket: "account:lene.lund@kommune.dk", attempted_at: now })
      .execute();
    const data = await exportMemberData(getDb(), member.id);
    expect(data.invitations).toMatchObject([{ email: "Lene.Lund@kommune.dk", role: "member", accepted_at: now }]);
    expect(data.sessions).toHaveLength(1);
    expect(data.failedSignIns).toEqual([now]);
  });

  it("erases a member: personal fields cleared, sessions ended, posts kept as «Tidligere medlem», audited", async () => {
    const admin = await createMember({ role: "admin" });
    const member = await createMember({ displayName: "Peter Vinter", email: "peter.vinter@kommune.dk" });
    const { threadId } = await createThread({
      authorId: member.id,
      municipalityId: member.municipality_id,
      body: "Et indlæg, der skal blive",
    });
    const token = await sessionFor(member.id);
    await writeTransaction(getDb(), (tx) => eraseMember(tx, { memberId: member.id, actorId: admin.id }));
    const row = await getDb().selectFrom("member").selectAll().where("id", "=", member.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      display_name: "Tidligere medlem",
      profession: "",
      password_hash: null,
      email: `slettet-${member.id}@tvaers.invalid`,
    });
    expect(row.disabled_at).not.toBeNull();
    expect(await validateSessionToken(getDb(), token)).toBeNull();
    const posts = await listThreadPosts(getDb(), threadId, { limit: 10, offset: 0 }, admin.id);
    expect(posts[0]?.author.name).toBe("Tidligere medlem");
    expect((await findThread(getDb(), threadId))?.author.name).toBe("Tidligere medlem");
    const stored = JSON.stringify(await getDb().selectFrom("member").selectAll().execute());
    expect(stored).not.toContain("Peter Vinter");
    expect(stored).not.toContain("peter.vinter@kommune.dk");
    const events = await getDb().selectFrom("admin_event").selectAll().where("action", "=", "member.erased").execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).not.toContain("Peter");
  });

  it("exports the published knowledge base as a zip of Markdown files (drafts left out)", async () => {
    const moderator = await createMember({ role: "moderator" });
    const now = new Date().toISOString();
    const base = {
      summary_html: "<p>x</p>",
      key_points: JSON.stringify(["Spørg direkte"]),
      owner_id: moderator.id,
      review_on: "2027-11-23",
      created_by: moderator.id,
      created_at: now,
      updated_at: now,
    };
    await getDb()
      .insertInto("knowledge_article")
      .values({
        ...base,
        slug: "underretning-i-chatten",
        title: "Underretning i chatten",
        summary_source: "Sådan gør vi.",
        status: "published",
        published_at: now,
      })
      .execute();
    await getDb()
      .insertInto("knowledge_article")
      .values({
        ...base,
        slug: "kladde",
        title: "Kladde",
        summary_source: "Ikke klar.",
        status: "draft",
        published_at: null,
      })
      .execute();
    const files = unzipSync(await exportKnowledgeBaseZip(getDb()));
    expect(Object.keys(files)).toEqual(["underretning-i-chatten.md"]);
    const markdown = strFromU8(files["underretning-i-chatten.md"]!);
    expect(markdown).toContain("# Underretning i chatten");
    expect(markdown).toContain("Sådan gør vi.");
    expect(markdown).toContain("- Spørg direkte");
  });
});
