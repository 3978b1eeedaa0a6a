import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { loader as knowledgeExportLoader } from "../../app/routes/admin.vidensbank-eksport";
import { action as previewAction, loader as previewLoader } from "../../app/routes/api.forhaandsvis";
import { loader as memberPageLoader } from "../../app/routes/medlem.$memberId";
import { loader as ownExportLoader } from "../../app/routes/profil.eksport";
import { action as onboardingAction } from "../../app/routes/kom-godt-i-gang";
import { BODY_MAX } from "../../app/forms/post-input";
import { createMember, createThread, loadContext, memberRequest, settle } from "../factories";
import { sessionFor } from "../support/sessions";
import { callRoute } from "../support/routes";

async function signedIn(role: SiteRole = "member") {
  const member = await createMember({ role });
  const token = await sessionFor(member.id);
  return { ...member, token };
}

type MemberPage = {
  handle: string;
  profile: { display_name: string };
  isSelf: boolean;
  threads: { title: string }[];
  posts: { id: number; thread_title: string }[];
};

const memberPage = (token: string, memberId: string) =>
  callRoute(memberPageLoader, memberRequest(`/medlem/${memberId}`, token), { memberId });

describe("member pages (/medlem/:id)", () => {
  it("shows a member's name, handle, threads and visible posts, but not a deleted post", async () => {
    const viewer = await signedIn();
    const author = await createMember({ displayName: "Karen Holm" });
    const kept = await createThread({
      authorId: author.id,
      municipalityId: author.municipality_id,
      title: "Bekymring for en elev",
    });
    const gone = await createThread({
      authorId: author.id,
      municipalityId: author.municipality_id,
      title: "En tråd hvis første indlæg er slettet",
    });
    await getDb()
      .updateTable("post")
      .set({ deleted_at: new Date().toISOString() })
      .where("id", "=", gone.postId)
      .execute();
    const response = await memberPage(viewer.token, String(author.id));
    expect(response.status).toBe(200);
    const page = (await response.json()) as MemberPage;
    expect(page.profile.display_name).toBe("Karen Holm");
    expect(page.handle).toBe(author.handle);
    expect(page.isSelf).toBe(false);
    expect(page.threads.map((t) => t.title)).toContain("Bekymring for en elev");
    expect(page.posts.map((p) => p.id)).toEqual([kept.postId]);
  });

  it("knows when members look at their own page", async () => {
    const viewer = await signedIn();
    expect(((await (await memberPage(viewer.token, String(viewer.id))).json()) as MemberPage).isSelf).toBe(true);
  });

  it("answers 404 in Danish for an unknown or malformed member id", async () => {
    const viewer = await signedIn();
    for (const id of ["999999", "abc", "0", "1e3"]) {
      const response = await memberPage(viewer.token, id);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Medlemmet findes ikke");
    }
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const author = await createMember();
    const response = await callRoute(memberPageLoader, new Request(`http://localhost/medlem/${author.id}`), {
      memberId: String(author.id),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/login/);
  });
});

describe("the member's own export (/profil/eksport)", () => {
  it("downloads the signed-in member's data as JSON, and nobody else's", async () => {
    const me = await signedIn();
    const other = await createMember();
    await createThread({ authorId: me.id, municipalityId: me.municipality_id, body: "Mit eget indlæg om fravær" });
    await createThread({ authorId: other.id, municipalityId: other.municipality_id, body: "Et andet medlems indlæg" });
    const response = await settle(() =>
      ownExportLoader({ request: memberRequest("/profil/eksport", me.token), params: {}, context: loadContext() }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tvaers-mine-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const data = (await response.json()) as { profile: { email: string }; posts: { body_source: string }[] };
    expect(data.profile.email).toBe(me.email);
    expect(data.posts.map((p) => p.body_source)).toEqual(["Mit eget indlæg om fravær"]);
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const response = await settle(() =>
      ownExportLoader({ request: new Request("http://localhost/profil/eksport"), params: {}, context: loadContext() }),
    );
    expect(response.status).toBe(302);
  });
});

describe("the knowledge-base export (/admin/vidensbank-eksport)", () => {
  it("gives an admin a zip with one Markdown file per published article", async () => {
    const admin = await signedIn("admin");
    const now = new Date().toISOString();
    await getDb()
      .insertInto("knowledge_article")
      .values({
        slug: "samtale-med-forældre",
        title: "Samtale med forældre",
        summary_source: "Start med det, I er enige om.",
        summary_html: "<p>x</p>",
        key_points: JSON.stringify([]),
        owner_id: admin.id,
        review_on: "2027-11-23",
        created_by: admin.id,
        created_at: now,
        updated_at: now,
        status: "published",
        published_at: now,
      })
      .execute();
    const response = await callRoute(knowledgeExportLoader, memberRequest("/admin/vidensbank-eksport", admin.token));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="vidensbank-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(["samtale-med-forældre.md"]);
    expect(strFromU8(files["samtale-med-forældre.md"]!)).toContain("Start med det, I er enige om.");
  });

  it("answers a moderator with 403", async () => {
    const moderator = await signedIn("moderator");
    const response = await callRoute(
      knowledgeExportLoader,
      memberRequest("/admin/vidensbank-eksport", moderator.token),
    );
    expect(response.status).toBe(403);
  });
});

describe("the editor's preview (/api/forhaandsvis)", () => {
  const preview = (token: string, fields: Record<string, string>) =>
    settle(() =>
      previewAction({ request: memberRequest("/api/forhaandsvis", token, fields), params: {}, context: loadContext() }),
    );

  it("renders Markdown through the same sanitising pipeline as saving", async () => {
    const me = await signedIn();
    const response = await preview(me.token, { body: "**Vigtigt**\n\n<script>alert(1)</script>" });
    expect(response.status).toBe(200);
    const { html } = (await response.json()) as { html: string };
    expect(html).toContain("<strong>Vigtigt</strong>");
    expect(html).not.toContain("<script");
  });

  it("refuses a body over the limit with a Danish message", async () => {
    const me = await signedIn();
    const body = (await (await preview(me.token, { body: "a".repeat(BODY_MAX + 1) })).json()) as {
      html: string;
      error?: string;
    };
    expect(body.html).toBe("");
    expect(body.error).toBe(`Indlægget må højst være ${BODY_MAX.toLocaleString("da-DK")} tegn.`);
  });

  it("answers an empty preview without a body field, 404 on GET, and sign-in for visitors", async () => {
    const me = await signedIn();
    expect(await (await preview(me.token, { other: "x" })).json()).toEqual({ html: "" });
    expect((await settle(() => previewLoader())).status).toBe(404);
    const anonymous = await callRoute(
      previewAction,
      new Request("http://localhost/api/forhaandsvis", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "body=x",
      }),
    );
    expect(anonymous.status).toBe(302);
  });
});

describe("refusals from models keep their status at the route", () => {
  it("answers an unknown onboarding step on /kom-godt-i-gang with 404 and its Danish message, and stores nothing", async () => {
    const me = await signedIn();
    const response = await callRoute(
      onboardingAction,
      memberRequest("/kom-godt-i-gang", me.token, { stepId: "999999", done: "yes" }),
    );
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Trinnet findes ikke");
    expect(
      await getDb().selectFrom("onboarding_progress").select("step_id").where("member_id", "=", me.id).execute(),
    ).toEqual([]);
  });
});
