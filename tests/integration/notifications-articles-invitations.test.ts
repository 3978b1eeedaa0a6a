import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { createArticle, setArticleStatus } from "../../app/models/article.server";
import { createInvitation, markInvitationAccepted } from "../../app/models/invitation.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { listNotifications } from "../../app/notifications/notification.server";
import { setWatchLevel, WATCHING } from "../../app/notifications/watch.server";
import { loader as handlesLoader } from "../../app/routes/api.brugernavne";
import { createMember, createMunicipality, createThread, loadContext, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";

describe("notifications beyond posts", () => {
  it("a newly published Vidensbank article tells members who watch one of its themes, not before it is published", async () => {
    const town = await createMunicipality();
    const moderator = await createMember({ municipalityId: town.id, role: "moderator" });
    const watcher = await createMember({ municipalityId: town.id });
    const other = await createMember({ municipalityId: town.id });
    const theme = await getDb()
      .insertInto("tag")
      .values({ slug: "trivsel", label: "Trivsel", kind: "theme", description: "" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeTransaction(getDb(), (tx) =>
      setWatchLevel(tx, { memberId: watcher.id, targetType: "tag", targetId: theme.id, level: WATCHING }),
    );
    const thread = await createThread({ authorId: other.id, municipalityId: town.id });
    const article = await writeTransaction(getDb(), (tx) =>
      createArticle(tx, {
        title: "Trivsel i chatten",
        summary: "Resumé",
        keyPoints: ["Et punkt"],
        sourcePostIds: [thread.postId],
        tagIds: [theme.id],
        ownerId: moderator.id,
        reviewOn: "2027-01-01",
        status: "draft",
        actorId: moderator.id,
      }),
    );
    await drainNotifyEvents(getDb());
    expect(await listNotifications(getDb(), watcher.id)).toEqual([]);

    await writeTransaction(getDb(), (tx) => setArticleStatus(tx, article.id, "published", moderator.id));
    await drainNotifyEvents(getDb());
    expect((await listNotifications(getDb(), watcher.id)).map((n) => [n.kind, n.thread])).toEqual([
      ["article_published", "Trivsel i chatten"],
    ]);
    expect((await listNotifications(getDb(), other.id)).filter((n) => n.kind === "article_published")).toEqual([]);
  });

  it("an accepted invitation tells the member who sent it", async () => {
    const town = await createMunicipality();
    const admin = await createMember({ municipalityId: town.id, role: "admin" });
    const invitation = await createInvitation(getDb(), {
      email: "ny@kommune.test",
      municipalityId: town.id,
      role: "member",
      invitedById: admin.id,
    });
    const newcomer = await createMember({ municipalityId: town.id, displayName: "Nina Ny", email: "ny@kommune.test" });
    expect(await markInvitationAccepted(getDb(), invitation.id, newcomer.id)).toBe(true);
    await drainNotifyEvents(getDb());
    expect((await listNotifications(getDb(), admin.id)).map((n) => [n.kind, n.actor])).toEqual([
      ["invitation_accepted", "Nina Ny"],
    ]);
  });
});

describe("handles", () => {
  it("gives each member a unique handle from their name and finds members by handle prefix for the autocomplete", async () => {
    const town = await createMunicipality();
    const first = await createMember({ municipalityId: town.id, displayName: "Søren Ærø" });
    const second = await createMember({ municipalityId: town.id, displayName: "Søren Ærø" });
    expect([first.handle, second.handle]).toEqual(["soerenaeroe", "soerenaeroe2"]);
    const token = await sessionFor(first.id);
    const response = await handlesLoader({
      request: memberRequest("/api/brugernavne?q=@Søren%25", token),
      params: {},
      context: loadContext(),
    });
    // Handle, name and municipality only: never an e-mail address or a role.
    expect(await response.json()).toEqual({
      members: [
        { handle: "soerenaeroe", name: "Søren Ærø", municipality: town.name },
        { handle: "soerenaeroe2", name: "Søren Ærø", municipality: town.name },
      ],
    });
  });

  it("answers the autocomplete only a signed-in member, with at most 8 members", async () => {
    const town = await createMunicipality();
    const members = [];
    for (let i = 0; i < 10; i += 1)
      members.push(await createMember({ municipalityId: town.id, displayName: `Karen Kirk ${i}` }));
    const anonymous = await handlesLoader({
      request: new Request("http://localhost/api/brugernavne?q=ka"),
      params: {},
      context: loadContext(),
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Log ind for at slå medlemmer op." });
    const token = await sessionFor(members[0]?.id ?? 0);
    const response = await handlesLoader({
      request: memberRequest("/api/brugernavne?q=ka", token),
      params: {},
      context: loadContext(),
    });
    const body = (await response.json()) as { members: { handle: string }[] };
    expect(body.members.map((m) => m.handle)).toEqual(members.slice(0, 8).map((m) => m.handle));
  });
});
