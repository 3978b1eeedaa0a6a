import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { action as flagQueueAction, loader as flagQueueLoader } from "../../app/routes/admin.flag";
import { loader as profileLoader } from "../../app/routes/profil";
import { action as threadAction, loader as threadLoader } from "../../app/routes/t.$threadRef/route";
import { hidePost, unhidePost } from "../../app/models/flag.server";
import { rebuildIndex } from "../../app/search/index.server";
import { createMember, createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { signedInMember } from "../support/sessions";
import { threadAddress } from "../support/rows";
import { searchTotal } from "../support/search";
import { callRoute } from "../support/routes";
import { readPostItem } from "../post-items";

async function world() {
  const municipality = await createMunicipality();
  const make = (role: SiteRole = "member") => signedInMember({ municipalityId: municipality.id, role });
  const author = await make();
  const flagger = await make();
  const reader = await make();
  const moderator = await make("moderator");
  const { threadId, postId } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    body: "Pigen hedder Sara Nielsen og går i 8. klasse.",
  });
  const thread = await threadAddress(threadId);
  const path = `/t/${thread.id}-${thread.slug}`;
  const params = { threadRef: `${thread.id}-${thread.slug}` };

  const flag = (token: string, fields: Record<string, string>) =>
    callRoute(threadAction, memberRequest(path, token, { intent: "flag", postId: String(postId), ...fields }), params);
  const postAs = async (token: string) => {
    const response = await settle(() =>
      threadLoader({ request: memberRequest(path, token), params, context: loadContext() }),
    );
    const data = (await response.json()) as { posts: { id: number; html: string | null }[] };
    const post = data.posts.find((p) => p.id === postId);
    if (!post) throw new Error("post missing from the thread page");
    return { id: post.id, ...readPostItem(post.html) };
  };
  const queue = (token: string, fields?: Record<string, string>) =>
    settle(() =>
      fields
        ? flagQueueAction({ request: memberRequest("/admin/flag", token, fields), params: {}, context: loadContext() })
        : flagQueueLoader({ request: memberRequest("/admin/flag", token), params: {}, context: loadContext() }),
    );
  const openFlagId = async () =>
    (await getDb().selectFrom("post_flag").select("id").where("resolved_at", "is", null).executeTakeFirstOrThrow()).id;
  const events = () =>
    getDb().selectFrom("admin_event").select(["action", "target_type", "target_id", "detail"]).orderBy("id").execute();
  return { author, flagger, reader, moderator, postId, path, flag, postAs, queue, openFlagId, events };
}

describe("flagging posts", () => {
  it("hides a post flagged for personal data from members at once, while moderators still read it", async () => {
    const w = await world();
    expect((await w.postAs(w.reader.token)).hidden).toBeNull();
    const response = await w.flag(w.flagger.token, { reason: "personal_data" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${w.path}?anmeldt=${w.postId}#indlaeg-${w.postId}`);

    for (const member of [w.reader, w.flagger, w.author])
      expect(await w.postAs(member.token)).toMatchObject({ hidden: "flagged", html: "" });
    const seenByModerator = await w.postAs(w.moderator.token);
    expect(seenByModerator.hidden).toBe("flagged");
    expect(seenByModerator.html).toContain("Sara Nielsen");
  });

  it("leaves a post flagged for other reasons visible until a moderator acts", async () => {
    const w = await world();
    expect((await w.flag(w.flagger.token, { reason: "off_topic" })).status).toBe(302);
    expect((await w.postAs(w.reader.token)).hidden).toBeNull();
  });

  it("refuses a second open flag from the same member, an «Andet» flag without a note and a CPR number in the note", async () => {
    const w = await world();
    expect((await w.flag(w.flagger.token, { reason: "inappropriate" })).status).toBe(302);
    const duplicate = await w.flag(w.flagger.token, { reason: "personal_data" });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({
      intent: "flag",
      flagError: expect.stringContaining("allerede anmeldt"),
    });

    const noNote = await w.flag(w.reader.token, { reason: "other", note: "  " });
    expect(noNote.status).toBe(400);
    expect(((await noNote.json()) as { fieldErrors: { note: string[] } }).fieldErrors.note[0]).toMatch(
      /Skriv, hvad der er galt/,
    );
    const cpr = await w.flag(w.reader.token, { reason: "other", note: "Hun har CPR 010203-1234 i teksten" });
    expect(cpr.status).toBe(400);
    expect(((await cpr.json()) as { fieldErrors: { note: string[] } }).fieldErrors.note[0]).toMatch(/CPR-nummer/);
    const tooLong = await w.flag(w.reader.token, { reason: "other", note: "x".repeat(501) });
    expect(tooLong.status).toBe(400);
    expect(await getDb().selectFrom("post_flag").select("id").execute()).toHaveLength(1);
  });

  it("keeps the review queue from members", async () => {
    const w = await world();
    await w.flag(w.flagger.token, { reason: "personal_data" });
    expect((await w.queue(w.reader.token)).status).toBe(403);
    expect((await w.queue(w.reader.token, { flagId: String(await w.openFlagId()), intent: "dismiss" })).status).toBe(
      403,
    );
    const data = (await (await w.queue(w.moderator.token)).json()) as {
      flags: { post_id: number; reason: string; body_html: string; flagger_name: string }[];
    };
    expect(data.flags).toEqual([
      expect.objectContaining({
        post_id: w.postId,
        reason: "personal_data",
        body_html: expect.stringContaining("Sara"),
        flagger_name: w.flagger.display_name,
      }),
    ]);
  });

  it("shows the post again when the flag is dismissed, and records it", async () => {
    const w = await world();
    await w.flag(w.flagger.token, { reason: "personal_data" });
    const response = await w.queue(w.moderator.token, { flagId: String(await w.openFlagId()), intent: "dismiss" });
    expect(response.status).toBe(302);
    expect(await w.postAs(w.reader.token)).toMatchObject({
      hidden: null,
      html: expect.stringContaining("Sara Nielsen"),
    });
    expect(await w.events()).toEqual([
      {
        action: "flag.dismissed",
        target_type: "post",
        target_id: w.postId,
        detail: JSON.stringify({ reasons: ["personal_data"] }),
      },
    ]);
    // The member may flag again once their flag is closed.
    expect((await w.flag(w.flagger.token, { reason: "inappropriate" })).status).toBe(302);
  });

  it("hides, warns and redacts, each with an audit record that never holds the removed text", async () => {
    const w = await world();
    await w.flag(w.flagger.token, { reason: "inappropriate" });
    expect((await w.queue(w.moderator.token, { flagId: String(await w.openFlagId()), intent: "hide" })).status).toBe(
      302,
    );
    expect(await w.postAs(w.reader.token)).toMatchObject({ hidden: "moderator", html: "" });

    await w.flag(w.reader.token, { reason: "other", note: "Tonen er hård" });
    const emptyWarning = await w.queue(w.moderator.token, {
      flagId: String(await w.openFlagId()),
      intent: "warn",
      note: " ",
    });
    expect(emptyWarning.status).toBe(400);
    expect(
      (
        await w.queue(w.moderator.token, {
          flagId: String(await w.openFlagId()),
          intent: "warn",
          note: "Brug pseudonymer, tak.",
        })
      ).status,
    ).toBe(302);
    const profile = (await (
      await settle(() =>
        profileLoader({ request: memberRequest("/profil", w.author.token), params: {}, context: loadContext() }),
      )
    ).json()) as {
      warnings: { note: string; post_id: number }[];
    };
    expect(profile.warnings).toEqual([expect.objectContaining({ note: "Brug pseudonymer, tak.", post_id: w.postId })]);

    await w.flag(w.flagger.token, { reason: "personal_data" });
    const redacted = await w.queue(w.moderator.token, {
      flagId: String(await w.openFlagId()),
      intent: "redact",
      text: "Sara Nielsen",
    });
    expect(redacted.status).toBe(302);
    expect(redacted.headers.get("location")).toBe("/admin/flag?udfoert=redact");
    const post = await getDb()
      .selectFrom("post")
      .select("body_source")
      .where("id", "=", w.postId)
      .executeTakeFirstOrThrow();
    expect(post.body_source).toBe("Pigen hedder [fjernet af moderator] og går i 8. klasse.");

    const events = await w.events();
    expect(events.map((e) => [e.action, e.target_id])).toEqual([
      ["post.hidden", w.postId],
      ["member.warned", w.postId],
      ["post.redacted", w.postId],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Sara|Nielsen|pseudonymer/);
    expect(await getDb().selectFrom("post_flag").select("resolution").orderBy("id").execute()).toEqual([
      { resolution: "hidden" },
      { resolution: "warned" },
      { resolution: "redacted" },
    ]);
  });

  it("tells a second moderator that the flag has already been handled", async () => {
    const w = await world();
    await w.flag(w.flagger.token, { reason: "off_topic" });
    const flagId = String(await w.openFlagId());
    expect((await w.queue(w.moderator.token, { flagId, intent: "dismiss" })).status).toBe(302);
    const again = await w.queue(w.moderator.token, { flagId, intent: "hide" });
    expect(again.status).toBe(409);
    expect(await getDb().selectFrom("post_hidden").select("post_id").execute()).toEqual([]);
  });
});

describe("search and hidden posts", () => {
  it("keeps a post hidden for personal data out of search, also after a full reindex", async () => {
    const db = getDb;
    const author = await createMember();
    const flagger = await createMember();
    const { postId } = await createThread({
      authorId: author.id,
      municipalityId: author.municipality_id,
      title: "Om en ung",
      body: "Drengen hedder Quirinus Vesterbølle",
    });
    const find = () => searchTotal("Quirinus");
    expect(await find()).toBe(1);
    await db()
      .insertInto("post_flag")
      .values({
        post_id: postId,
        member_id: flagger.id,
        reason: "personal_data",
        note: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    await rebuildIndex(db());
    expect(await find()).toBe(0);
  });
});

describe("showing a hidden post again", () => {
  it("puts the post back for members and in search, with an audit record", async () => {
    const author = await createMember();
    const moderator = await createMember({ role: "moderator" });
    const { postId } = await createThread({
      authorId: author.id,
      municipalityId: author.municipality_id,
      title: "Om en ung",
      body: "Ordet Xylofonbølge står her",
    });
    const find = () => searchTotal("Xylofonbølge");
    const at = new Date().toISOString();
    await hidePost(getDb(), { postId, moderatorId: moderator.id, at });
    expect(await find()).toBe(0);
    await unhidePost(getDb(), { postId, moderatorId: moderator.id, at });
    expect(await find()).toBe(1);
    expect(await getDb().selectFrom("post_hidden").selectAll().execute()).toEqual([]);
    const actions = (await getDb().selectFrom("admin_event").select("action").orderBy("id").execute()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["post.hidden", "post.unhidden"]);
  });
});
