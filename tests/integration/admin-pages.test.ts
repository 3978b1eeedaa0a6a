import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { action as kommunerAction, loader as kommunerLoader } from "../../app/routes/admin.kommuner";
import { loader as logLoader } from "../../app/routes/admin.log";
import { action as medlemmerAction } from "../../app/routes/admin.medlemmer";
import { action as tagsAction, loader as tagsLoader } from "../../app/routes/admin.tags";
import { createMember, createMunicipality, createThread, loadContext, memberRequest, settle } from "../factories";
import { sessionFor } from "../support/sessions";

async function signedIn(role: SiteRole, municipalityId?: number) {
  const member = await createMember({ role, municipalityId });
  const token = await sessionFor(member.id);
  return { ...member, token };
}

type ActionResult = { error: string | null; done: string | null };

async function call(
  route: (args: {
    request: Request;
    params: Record<string, string>;
    context: ReturnType<typeof loadContext>;
  }) => Promise<unknown>,
  path: string,
  token: string,
  fields?: Record<string, string>,
) {
  return settle(() => route({ request: memberRequest(path, token, fields), params: {}, context: loadContext() }));
}

const memberRow = (id: number) =>
  getDb().selectFrom("member").select(["role", "disabled_at"]).where("id", "=", id).executeTakeFirstOrThrow();
const events = (action: string) =>
  getDb().selectFrom("admin_event").select(["actor_id", "target_id", "detail"]).where("action", "=", action).execute();

describe("role changes on /admin/medlemmer", () => {
  it("makes a member a moderator and records who did it, with before and after", async () => {
    const admin = await signedIn("admin");
    const member = await createMember();
    const response = await call(medlemmerAction, "/admin/medlemmer", admin.token, {
      intent: "role",
      memberId: String(member.id),
      role: "moderator",
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ActionResult).done).toBe(`Ændringen for ${member.display_name} er gemt.`);
    expect((await memberRow(member.id)).role).toBe("moderator");
    const recorded = await events("member.role_changed");
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ actor_id: admin.id, target_id: member.id });
    expect(JSON.parse(recorded[0]!.detail ?? "{}")).toEqual({ before: "member", after: "moderator" });
  });

  it("refuses to demote or disable the last admin, in Danish, and changes nothing", async () => {
    const admin = await signedIn("admin");
    const attempts: Record<string, string>[] = [{ intent: "role", role: "member" }, { intent: "disable" }];
    for (const fields of attempts) {
      const response = await call(medlemmerAction, "/admin/medlemmer", admin.token, {
        ...fields,
        memberId: String(admin.id),
      });
      expect(response.status).toBe(409);
      expect(((await response.json()) as ActionResult).error).toBe(
        "Netværket skal have mindst én aktiv administrator.",
      );
    }
    expect(await memberRow(admin.id)).toEqual({ role: "admin", disabled_at: null });
    expect(await events("member.role_changed")).toHaveLength(0);
  });

  it("lets one of two admins step down", async () => {
    const admin = await signedIn("admin");
    await createMember({ role: "admin" });
    const response = await call(medlemmerAction, "/admin/medlemmer", admin.token, {
      intent: "role",
      memberId: String(admin.id),
      role: "member",
    });
    expect(response.status).toBe(200);
    expect((await memberRow(admin.id)).role).toBe("member");
  });

  it("answers a moderator with 403 and keeps the role", async () => {
    const moderator = await signedIn("moderator");
    const member = await createMember();
    const response = await call(medlemmerAction, "/admin/medlemmer", moderator.token, {
      intent: "role",
      memberId: String(member.id),
      role: "admin",
    });
    expect(response.status).toBe(403);
    expect((await memberRow(member.id)).role).toBe("member");
  });
});

describe("municipality admin on /admin/kommuner", () => {
  it("creates a municipality with a slug and an audit record, and lists it", async () => {
    const admin = await signedIn("admin");
    const response = await call(kommunerAction, "/admin/kommuner", admin.token, {
      intent: "create",
      name: "Ærø Kommune",
      region: "Region Syddanmark",
      joinedOn: "2024-03-01",
      experience: "newcomer",
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as ActionResult).done).toBe("Ærø Kommune er gemt.");
    const row = await getDb()
      .selectFrom("municipality")
      .selectAll()
      .where("name", "=", "Ærø Kommune")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      region: "Region Syddanmark",
      joined_on: "2024-03-01",
      experience_override: "newcomer",
    });
    expect(row.slug).toMatch(/^aeroe?-kommune$/);
    expect(await events("municipality.created")).toHaveLength(1);
    const page = (await (await call(kommunerLoader, "/admin/kommuner", admin.token)).json()) as {
      municipalities: { name: string }[];
    };
    expect(page.municipalities.map((m) => m.name)).toContain("Ærø Kommune");
  });

  it("renames a municipality but keeps its slug, and refuses a name that is taken", async () => {
    const admin = await signedIn("admin");
    const mine = await createMunicipality({ name: "Gammel Kommune", slug: "gammel-kommune" });
    await createMunicipality({ name: "Optaget Kommune" });
    const fields = {
      intent: "update",
      municipalityId: String(mine.id),
      region: "Region Midtjylland",
      joinedOn: "2018-01-01",
      experience: "auto",
    };
    const renamed = await call(kommunerAction, "/admin/kommuner", admin.token, { ...fields, name: "Ny Kommune" });
    expect(renamed.status).toBe(200);
    expect(
      await getDb()
        .selectFrom("municipality")
        .select(["name", "slug", "experience_override"])
        .where("id", "=", mine.id)
        .executeTakeFirst(),
    ).toEqual({ name: "Ny Kommune", slug: "gammel-kommune", experience_override: null });
    const clash = await call(kommunerAction, "/admin/kommuner", admin.token, { ...fields, name: "Optaget Kommune" });
    expect(clash.status).toBe(409);
    expect(((await clash.json()) as ActionResult).error).toBe(
      "Der findes allerede en kommune, der hedder Optaget Kommune.",
    );
  });

  it("refuses a date that does not exist with a Danish message", async () => {
    const admin = await signedIn("admin");
    const response = await call(kommunerAction, "/admin/kommuner", admin.token, {
      intent: "create",
      name: "Datokommune",
      region: "Region Midtjylland",
      joinedOn: "2024-02-30",
      experience: "auto",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ActionResult).error).toBe("Datoen findes ikke.");
    expect(
      await getDb().selectFrom("municipality").select("id").where("name", "=", "Datokommune").executeTakeFirst(),
    ).toBeUndefined();
  });

  it("answers a moderator with 403", async () => {
    const moderator = await signedIn("moderator");
    expect((await call(kommunerLoader, "/admin/kommuner", moderator.token)).status).toBe(403);
  });
});

describe("tags and synonyms on /admin/tags", () => {
  async function tag(label: string) {
    return getDb()
      .insertInto("tag")
      .values({ slug: label.toLowerCase(), label, kind: "theme", description: "" })
      .returning("id")
      .executeTakeFirstOrThrow();
  }

  it("merges one tag into another: threads keep the target once, the source is gone, the merge is logged", async () => {
    const moderator = await signedIn("moderator");
    const source = await tag("Skolefravaer");
    const target = await tag("Skolevaegring");
    const author = await createMember();
    const both = await createThread({ authorId: author.id, municipalityId: author.municipality_id });
    const onlySource = await createThread({ authorId: author.id, municipalityId: author.municipality_id });
    await getDb()
      .insertInto("thread_tag")
      .values([
        { thread_id: both.threadId, tag_id: source.id },
        { thread_id: both.threadId, tag_id: target.id },
        { thread_id: onlySource.threadId, tag_id: source.id },
      ])
      .execute();
    const response = await call(tagsAction, "/admin/tags", moderator.token, {
      intent: "merge",
      sourceId: String(source.id),
      targetId: String(target.id),
    });
    expect(response.status).toBe(200);
    const links = await getDb().selectFrom("thread_tag").select(["thread_id", "tag_id"]).orderBy("thread_id").execute();
    expect(links).toEqual([
      { thread_id: both.threadId, tag_id: target.id },
      { thread_id: onlySource.threadId, tag_id: target.id },
    ]);
    expect(await getDb().selectFrom("tag").select("id").where("id", "=", source.id).executeTakeFirst()).toBeUndefined();
    expect(JSON.parse((await events("tag.merged"))[0]?.detail ?? "{}")).toEqual({
      merged: "Skolefravaer",
      into: "Skolevaegring",
    });
  });

  it("refuses to merge a tag into itself, in Danish", async () => {
    const moderator = await signedIn("moderator");
    const only = await tag("Alene");
    const response = await call(tagsAction, "/admin/tags", moderator.token, {
      intent: "merge",
      sourceId: String(only.id),
      targetId: String(only.id),
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ActionResult).error).toBe("Vælg to forskellige tags.");
  });

  it("adds a synonym in lower case, lists it, and removes it again", async () => {
    const moderator = await signedIn("moderator");
    const added = await call(tagsAction, "/admin/tags", moderator.token, {
      intent: "synonym-add",
      term: "PPR-X",
      expansion: "Pædagogisk Psykologisk Rådgivning",
    });
    expect(added.status).toBe(200);
    const listed = (await (await call(tagsLoader, "/admin/tags", moderator.token)).json()) as {
      synonyms: { id: number; term: string; expansion: string }[];
    };
    const synonym = listed.synonyms.find((s) => s.term === "ppr-x");
    expect(synonym?.expansion).toBe("pædagogisk psykologisk rådgivning");
    const removed = await call(tagsAction, "/admin/tags", moderator.token, {
      intent: "synonym-remove",
      synonymId: String(synonym?.id),
    });
    expect(removed.status).toBe(200);
    expect(
      await getDb().selectFrom("search_synonym").select("id").where("term", "=", "ppr-x").executeTakeFirst(),
    ).toBeUndefined();
    expect((await events("synonym.added")).length).toBe(1);
    expect((await events("synonym.removed")).length).toBe(1);
  });

  it("refuses a CPR number in a tag description and stores no tag", async () => {
    const moderator = await signedIn("moderator");
    const response = await call(tagsAction, "/admin/tags", moderator.token, {
      intent: "create",
      label: "Nyt tag",
      kind: "case",
      description: "Se sagen om 010203-1234",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ActionResult).error).toMatch(/CPR|personnummer/i);
    expect(
      await getDb().selectFrom("tag").select("id").where("label", "=", "Nyt tag").executeTakeFirst(),
    ).toBeUndefined();
  });

  it("answers a plain member with 403", async () => {
    const member = await signedIn("member");
    expect((await call(tagsLoader, "/admin/tags", member.token)).status).toBe(403);
  });
});

describe("the audit log on /admin/log", () => {
  type LogPage = {
    events: { action: string; actor_name: string | null }[];
    options: { actions: { value: string; label: string }[]; actors: { id: number }[] };
  };

  async function world() {
    const admin = await signedIn("admin");
    const otherAdmin = await signedIn("admin");
    const member = await createMember();
    await call(medlemmerAction, "/admin/medlemmer", admin.token, {
      intent: "role",
      memberId: String(member.id),
      role: "moderator",
    });
    await call(kommunerAction, "/admin/kommuner", otherAdmin.token, {
      intent: "create",
      name: "Logkommune",
      region: "Region Midtjylland",
      joinedOn: "2020-01-01",
      experience: "auto",
    });
    const page = async (query: string) =>
      (await (await call(logLoader, `/admin/log${query}`, admin.token)).json()) as LogPage;
    return { admin, otherAdmin, page };
  }

  it("shows every change, newest first, with the filter menus", async () => {
    const w = await world();
    const all = await w.page("");
    expect(all.events.map((e) => e.action)).toEqual(["municipality.created", "member.role_changed"]);
    expect(all.options.actions.map((option) => option.value).sort()).toEqual([
      "member.role_changed",
      "municipality.created",
    ]);
    expect(all.options.actors.map((a) => a.id).sort()).toEqual([w.admin.id, w.otherAdmin.id].sort());
  });

  it("filters by who, by target and by an action whose name has an underscore", async () => {
    const w = await world();
    expect((await w.page(`?hvem=${w.otherAdmin.id}`)).events.map((e) => e.action)).toEqual(["municipality.created"]);
    expect((await w.page("?maal=member")).events.map((e) => e.action)).toEqual(["member.role_changed"]);
    expect((await w.page("?handling=member.role_changed")).events.map((e) => e.action)).toEqual([
      "member.role_changed",
    ]);
    expect((await w.page("?handling=municipality.")).events.map((e) => e.action)).toEqual(["municipality.created"]);
  });

  it("filters by day and ignores malformed filters instead of failing", async () => {
    const w = await world();
    const today = new Date().toISOString().slice(0, 10);
    expect((await w.page(`?fra=${today}&til=${today}`)).events).toHaveLength(2);
    expect((await w.page("?til=2000-01-01")).events).toHaveLength(0);
    expect((await w.page("?hvem=abc&fra=igaar&handling=%25")).events).toHaveLength(2);
  });

  it("answers a moderator with 403", async () => {
    const moderator = await signedIn("moderator");
    expect((await call(logLoader, "/admin/log", moderator.token)).status).toBe(403);
  });
});
