import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { hidePost } from "../../app/models/flag.server";
import { toggleHelpful } from "../../app/models/post.server";
import { insertReply } from "../../app/models/thread.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { countUnreadNotifications, listNotifications } from "../../app/notifications/notification.server";
import { MUTED, setWatchLevel, WATCHING } from "../../app/notifications/watch.server";
import { createMember, createMunicipality, createThread } from "../factories";

async function forum() {
  const town = await createMunicipality();
  const [author, replier, watcher, bystander] = await Promise.all(
    ["Anna Asker", "Bo Svar", "Cille Følger", "Dan Udenfor"].map((displayName) =>
      createMember({ municipalityId: town.id, displayName }),
    ),
  );
  const thread = await createThread({
    authorId: author!.id,
    municipalityId: town.id,
    title: "Skolevægring i 8. klasse",
  });
  return { town, author: author!, replier: replier!, watcher: watcher!, bystander: bystander!, thread };
}

async function reply(threadId: number, authorId: number, body: string) {
  return writeTransaction(getDb(), (tx) =>
    insertReply(tx, { threadId, authorId, body, createdAt: new Date().toISOString() }),
  );
}

const kindsFor = async (memberId: number) => (await listNotifications(getDb(), memberId)).map((n) => n.kind);

describe("notification fan-out", () => {
  it("writes only an event in the request; the worker tells the thread's author and watchers, not the replier or a bystander", async () => {
    const f = await forum();
    await writeTransaction(getDb(), (tx) =>
      setWatchLevel(tx, { memberId: f.watcher.id, targetType: "thread", targetId: f.thread.threadId, level: WATCHING }),
    );
    await reply(f.thread.threadId, f.replier.id, "Vi starter med en samtale.");
    expect(await getDb().selectFrom("notification").selectAll().execute()).toEqual([]);

    await drainNotifyEvents(getDb());
    expect(await kindsFor(f.author.id)).toEqual(["reply"]);
    expect(await kindsFor(f.watcher.id)).toEqual(["reply"]);
    expect(await kindsFor(f.replier.id)).toEqual([]);
    expect(await kindsFor(f.bystander.id)).toEqual([]);
    expect(await getDb().selectFrom("notify_event").selectAll().execute()).toEqual([]);
    expect((await listNotifications(getDb(), f.author.id))[0]).toMatchObject({
      actor: "Bo Svar",
      thread: "Skolevægring i 8. klasse",
      read: false,
    });
  });

  it("replying makes me track the thread, so I hear of a mention but not of every reply", async () => {
    const f = await forum();
    await reply(f.thread.threadId, f.replier.id, "Første svar.");
    await reply(f.thread.threadId, f.bystander.id, "Et andet svar.");
    await drainNotifyEvents(getDb());
    expect(await kindsFor(f.replier.id)).toEqual([]);
    await reply(f.thread.threadId, f.bystander.id, "Hvad siger @bosvar til det?");
    await drainNotifyEvents(getDb());
    expect(await kindsFor(f.replier.id)).toEqual(["mentioned"]);
  });

  it("a muted thread tells me nothing, not even a mention", async () => {
    const f = await forum();
    await writeTransaction(getDb(), (tx) =>
      setWatchLevel(tx, { memberId: f.author.id, targetType: "thread", targetId: f.thread.threadId, level: MUTED }),
    );
    await reply(f.thread.threadId, f.replier.id, "@annaasker se her");
    await drainNotifyEvents(getDb());
    expect(await kindsFor(f.author.id)).toEqual([]);
  });

  it("watching a category tells me of new threads in it", async () => {
    const town = await createMunicipality();
    const watcher = await createMember({ municipalityId: town.id });
    const author = await createMember({ municipalityId: town.id });
    const category = await getDb()
      .insertInto("category")
      .values({ slug: "metoder", name: "Metoder", description: "", position: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeTransaction(getDb(), (tx) =>
      setWatchLevel(tx, { memberId: watcher.id, targetType: "category", targetId: category.id, level: WATCHING }),
    );
    await createThread({ authorId: author.id, municipalityId: town.id, categoryId: category.id });
    await drainNotifyEvents(getDb());
    expect(await kindsFor(watcher.id)).toEqual(["new_thread"]);
  });

  it("mentions: an unknown handle notifies no one, a storm of 50 notifies the first 10 only", async () => {
    const f = await forum();
    const town = await createMunicipality();
    const crowd = [];
    for (let i = 0; i < 50; i += 1)
      crowd.push(await createMember({ municipalityId: town.id, displayName: `Storm ${i}` }));
    const handles = await getDb()
      .selectFrom("member")
      .select(["id", "handle"])
      .where(
        "id",
        "in",
        crowd.map((m) => m.id),
      )
      .orderBy("id")
      .execute();
    await reply(f.thread.threadId, f.replier.id, `Hej @findesikke og ${handles.map((m) => `@${m.handle}`).join(" ")}`);
    await drainNotifyEvents(getDb());
    const mentioned = await getDb()
      .selectFrom("notification")
      .select("member_id")
      .where("kind", "=", "mentioned")
      .orderBy("member_id")
      .execute();
    expect(mentioned.map((row) => row.member_id)).toEqual(handles.slice(0, 10).map((m) => m.id));
  });

  it("a quote tells the quoted author", async () => {
    const f = await forum();
    await reply(f.thread.threadId, f.replier.id, "Vi bruger samtalekort.");
    await drainNotifyEvents(getDb());
    await reply(f.thread.threadId, f.bystander.id, "> **Bo Svar** skrev:\n> Vi bruger samtalekort.\n\nHvilke?");
    await drainNotifyEvents(getDb());
    expect(await kindsFor(f.replier.id)).toEqual(["quoted"]);
  });

  it("groups Nyttigt while unread: three marks make one notification counting three", async () => {
    const f = await forum();
    const { postId } = await reply(f.thread.threadId, f.replier.id, "Et nyttigt svar.");
    for (const member of [f.author, f.watcher, f.bystander]) {
      await writeTransaction(getDb(), (tx) => toggleHelpful(tx, postId, member.id, new Date().toISOString()));
    }
    await drainNotifyEvents(getDb());
    const helpful = (await listNotifications(getDb(), f.replier.id)).filter((n) => n.kind === "helpful");
    expect(helpful).toHaveLength(1);
    expect(helpful[0]?.count).toBe(3);
  });

  it("a post hidden after its notification was made no longer shows it, nor counts in the bell", async () => {
    const f = await forum();
    const moderator = await createMember({ municipalityId: f.town.id, role: "moderator" });
    const { postId } = await reply(f.thread.threadId, f.replier.id, "Noget der skal skjules.");
    await drainNotifyEvents(getDb());
    expect(await countUnreadNotifications(getDb(), f.author.id)).toBe(1);
    await writeTransaction(getDb(), (tx) =>
      hidePost(tx, { postId, moderatorId: moderator.id, at: new Date().toISOString() }),
    );
    expect(await countUnreadNotifications(getDb(), f.author.id)).toBe(0);
    expect(await kindsFor(f.author.id)).toEqual([]);
    await drainNotifyEvents(getDb());
    // The author of the hidden post is told, without the post's words.
    expect(await kindsFor(f.replier.id)).toEqual(["post_hidden"]);
  });

  it("a post deleted before the worker reaches its event notifies no one", async () => {
    const f = await forum();
    const { postId } = await reply(f.thread.threadId, f.replier.id, "Fortrudt.");
    await getDb().updateTable("post").set({ deleted_at: new Date().toISOString() }).where("id", "=", postId).execute();
    await drainNotifyEvents(getDb());
    expect(await getDb().selectFrom("notification").selectAll().execute()).toEqual([]);
  });
});
