import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { compiledOnce } from "../../app/models/compiled-query.server";
import { findThread, listThreadPosts } from "../../app/models/thread.server";
import { createMember, createMunicipality, createThread } from "../factories";

describe("hot queries compiled once", () => {
  it("builds the query once and binds each call's arguments, constants kept", async () => {
    const municipality = await createMunicipality();
    const a = await createMember({ municipalityId: municipality.id, displayName: "Aase Aagaard" });
    const b = await createMember({ municipalityId: municipality.id, displayName: "Bent Bach" });
    let builds = 0;
    const namesFrom = compiledOnce((db, municipalityId: number, role: SiteRole) => {
      builds += 1;
      return db
        .selectFrom("member")
        .select("display_name")
        .where("municipality_id", "=", municipalityId)
        .where("role", "=", role)
        .where("display_name", "!=", "ingen")
        .orderBy("id");
    });
    expect(await namesFrom(getDb(), municipality.id, "member")).toEqual([
      { display_name: a.display_name },
      { display_name: b.display_name },
    ]);
    expect(await namesFrom(getDb(), municipality.id, "moderator")).toEqual([]);
    expect(await namesFrom(getDb(), municipality.id + 1000, "member")).toEqual([]);
    expect(builds).toBe(1);
  });

  it("gives the thread page the same thread and posts on every call, for each thread asked for", async () => {
    const municipality = await createMunicipality();
    const author = await createMember({ municipalityId: municipality.id });
    const first = await createThread({ authorId: author.id, municipalityId: municipality.id, title: "Første tråd" });
    const second = await createThread({ authorId: author.id, municipalityId: municipality.id, title: "Anden tråd" });
    expect((await findThread(getDb(), first.threadId))?.title).toBe("Første tråd");
    expect((await findThread(getDb(), second.threadId))?.title).toBe("Anden tråd");
    expect(await findThread(getDb(), second.threadId + 1000)).toBeUndefined();
    const posts = await listThreadPosts(getDb(), second.threadId, { limit: 20, offset: 0 }, author.id);
    expect(posts.map((post) => post.id)).toEqual([second.postId]);
    expect(await listThreadPosts(getDb(), second.threadId, { limit: 20, offset: 1 }, author.id)).toEqual([]);
  });
});
