import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { REDACTED, redactPostForGood } from "../../app/models/redaction.server";
import { createMember, createMunicipality, createThread } from "../factories";
import { storedDatabaseBytes } from "../support/database-file";

const SECRET = "Ulrikke Brzęczyszczak";

async function rawDatabaseFiles(): Promise<string> {
  const bytes = await storedDatabaseBytes();
  return bytes.toString("latin1") + bytes.toString("utf8");
}

describe("redaction reaches the copies later features keep", () => {
  it("rewrites another member's draft, a meeting's agenda, minutes and actions, and notification details, and leaves no bytes behind", async () => {
    const db = getDb();
    const municipality = await createMunicipality();
    const author = await createMember({ municipalityId: municipality.id });
    const colleague = await createMember({ municipalityId: municipality.id });
    const moderator = await createMember({ municipalityId: municipality.id, role: "moderator" });
    const { threadId, postId } = await createThread({
      authorId: author.id,
      municipalityId: municipality.id,
      title: "Ung i krise efter skilsmisse",
      body: `Jeg talte med ${SECRET} i går.`,
    });
    const at = new Date().toISOString();
    await db
      .insertInto("draft")
      .values({
        member_id: colleague.id,
        draft_key: `t${threadId}`,
        thread_id: threadId,
        category_id: null,
        title: null,
        body: `> Jeg talte med ${SECRET} i går.\n\nDet kender jeg`,
        updated_at: at,
      })
      .execute();
    const meeting = await db
      .insertInto("meeting")
      .values({
        title: "Netværksmøde",
        starts_at: at,
        ends_at: at,
        place: "Vejle",
        created_by: moderator.id,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const item = await db
      .insertInto("agenda_item")
      .values({
        meeting_id: meeting.id,
        title: `Sagen om ${SECRET}`,
        description: "Drøftelse",
        notes_source: `Vi talte om ${SECRET}.`,
        thread_id: threadId,
        proposer_id: author.id,
        status: "accepted",
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("meeting_action")
      .values({
        meeting_id: meeting.id,
        item_id: item.id,
        description: `Ring til skolen om ${SECRET}`,
        owner_id: colleague.id,
        due_on: "2027-01-01",
        created_at: at,
      })
      .execute();
    await db
      .insertInto("notification")
      .values({
        member_id: colleague.id,
        kind: "article_published",
        thread_id: null,
        post_id: null,
        actor_id: moderator.id,
        data: JSON.stringify({ title: `Lært af ${SECRET}` }),
        group_key: null,
        read_at: null,
        created_at: at,
      })
      .execute();

    await redactPostForGood(db, { postId, text: SECRET, moderatorId: moderator.id });

    expect((await db.selectFrom("draft").select("body").executeTakeFirstOrThrow()).body).toContain(REDACTED);
    expect(await db.selectFrom("agenda_item").select(["title", "notes_source"]).executeTakeFirstOrThrow()).toEqual({
      title: `Sagen om ${REDACTED}`,
      notes_source: `Vi talte om ${REDACTED}.`,
    });
    expect((await db.selectFrom("meeting_action").select("description").executeTakeFirstOrThrow()).description).toBe(
      `Ring til skolen om ${REDACTED}`,
    );
    expect(JSON.parse((await db.selectFrom("notification").select("data").executeTakeFirstOrThrow()).data)).toEqual({
      title: `Lært af ${REDACTED}`,
    });
    const raw = await rawDatabaseFiles();
    for (const form of [SECRET, "Brzęczyszczak", "Ulrikke"])
      expect(raw.includes(form), `${form} is still in the database file or WAL`).toBe(false);
  });
});
