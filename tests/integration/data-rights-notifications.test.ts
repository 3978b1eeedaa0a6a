import { describe, expect, it } from "vitest";
import { createSession, generateSessionToken } from "../../app/auth/session.server";
import { getDb, writeTransaction } from "../../app/db.server";
import { queueDueDigests } from "../../app/mail/digest.server";
import { saveMailSettings } from "../../app/mail/mail-settings.server";
import { eraseMember } from "../../app/models/data-rights.server";
import { insertReply } from "../../app/models/thread.server";
import { drainNotifyEvents } from "../../app/notifications/fan-out.server";
import { loader as exportLoader } from "../../app/routes/profil.eksport";
import { createMember, createMunicipality, createThread, loadContext, memberRequest } from "../factories";

/** A member with a notification, a watch level on a tag, a read position, mail choices and a digest already sent. */
async function followingMember() {
  const town = await createMunicipality();
  const member = await createMember({ municipalityId: town.id, displayName: "Frida Følger" });
  const replier = await createMember({ municipalityId: town.id, displayName: "Bo Svar" });
  const thread = await createThread({
    authorId: member.id,
    municipalityId: town.id,
    title: "Unge uden uddannelse",
  });
  const { postId } = await writeTransaction(getDb(), (tx) =>
    insertReply(tx, {
      threadId: thread.threadId,
      authorId: replier.id,
      body: "Vi ringer hjem.",
      createdAt: new Date().toISOString(),
    }),
  );
  await drainNotifyEvents(getDb());
  const tag = await getDb()
    .insertInto("tag")
    .values({ slug: "trivsel", label: "Trivsel", kind: "theme", description: "" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await getDb()
    .insertInto("watch")
    .values({ member_id: member.id, target_type: "tag", target_id: tag.id, level: 0 })
    .execute();
  await getDb()
    .insertInto("thread_read")
    .values({ member_id: member.id, thread_id: thread.threadId, last_read_post_id: postId })
    .execute();
  await saveMailSettings(getDb(), member.id, {
    immediate: { reply: false, mentioned: true, quoted: true, claim: true, moderation: true },
    digest: "daily",
  });
  const digestAt = new Date(Date.now() + 3_600_000);
  await queueDueDigests(getDb(), digestAt);
  return { member, thread, postId, tag, digestAt };
}

describe("notifications and mail settings in the member's own data", () => {
  it("the export (/profil/eksport) holds the member's notifications, watch levels, read positions, mail settings and digest", async () => {
    const { member, thread, postId, tag, digestAt } = await followingMember();
    const token = generateSessionToken();
    await createSession(getDb(), token, member.id);
    const response = await exportLoader({
      request: memberRequest("/profil/eksport", token),
      params: {},
      context: loadContext(),
    });
    const data = (await response.json()) as Record<string, unknown>;
    expect(data.notifications).toEqual([
      expect.objectContaining({
        kind: "reply",
        thread_id: thread.threadId,
        thread_title: "Unge uden uddannelse",
        post_id: postId,
        read_at: null,
      }),
    ]);
    expect(data.watchLevels).toEqual(
      expect.arrayContaining([
        { target_type: "thread", target_id: thread.threadId, level: 3 },
        { target_type: "tag", target_id: tag.id, level: 0 },
      ]),
    );
    expect(data.readPositions).toEqual([{ thread_id: thread.threadId, last_read_post_id: postId }]);
    expect(data.mailSettings).toEqual({
      optedOut: ["reply"],
      digest: "daily",
      lastDigestAt: digestAt.toISOString(),
    });
  });

  it("erasure removes the notifications, watch levels, read positions, mail settings and digest state", async () => {
    const { member } = await followingMember();
    const admin = await createMember({ role: "admin" });
    await writeTransaction(getDb(), (tx) => eraseMember(tx, { memberId: member.id, actorId: admin.id }));
    for (const table of [
      "notification",
      "watch",
      "thread_read",
      "mail_opt_out",
      "mail_digest_setting",
      "mail_digest_state",
      "mail_outbox",
    ] as const) {
      const rows = await getDb().selectFrom(table).select("member_id").where("member_id", "=", member.id).execute();
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
  });
});
