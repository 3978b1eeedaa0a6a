import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { createFlag } from "../../app/models/flag.server";
import { editPost, replyToThread } from "../../app/models/post.server";
import { REDACTED, redactPostForGood } from "../../app/models/redaction.server";
import { analyze } from "../../app/search/query/analyze";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { createMember, createMunicipality, createThread } from "../factories";
import { checkpointDatabase, searchIndexTerms, storedDatabaseBytes } from "../support/database-file";
import { searchFor } from "../support/search";

const SECRET = "Mikkel Zylberhansen 12 34 56 78";

/** Every form of the secret that could end up in the file: as typed, lower-cased, as a slug, and as the index stores it. */
const FORMS = [
  "Mikkel Zylberhansen",
  "Zylberhansen",
  "zylberhansen",
  "mikkel",
  "Mikkel",
  "mikkel-zylberhansen",
  "12 34 56 78",
  ...analyze(SECRET)
    .split(" ")
    .filter((stem) => stem.length > 2),
];

async function scenario() {
  const db = getDb();
  const municipality = await createMunicipality();
  const author = await createMember({ municipalityId: municipality.id });
  const flagger = await createMember({ municipalityId: municipality.id });
  const moderator = await createMember({ municipalityId: municipality.id, role: "moderator" });
  const { threadId, postId } = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    title: `Bekymring for ${SECRET}`,
    body: `Jeg har talt med ${SECRET} om skolen.`,
  });
  const at = new Date().toISOString();
  // The edit keeps the first version as a revision, so the secret is in post_revision too.
  await writeTransaction(db, (tx) =>
    editPost(tx, { postId, editorId: author.id, body: `Jeg har talt med ${SECRET} om skolen i går.`, at }),
  );
  const { postId: replyId } = await writeTransaction(db, (tx) =>
    replyToThread(tx, {
      threadId,
      authorId: flagger.id,
      body: `> Jeg har talt med ${SECRET.toLowerCase()}\n\nHusk pseudonymer.`,
      createdAt: at,
    }),
  );
  const { postId: unrelatedId } = await writeTransaction(db, (tx) =>
    replyToThread(tx, {
      threadId,
      authorId: author.id,
      body: "Skolevægring er svært for hele familien.",
      createdAt: at,
    }),
  );
  await writeTransaction(db, (tx) =>
    createFlag(tx, {
      postId,
      memberId: flagger.id,
      reason: "personal_data",
      note: `Der står ${SECRET} i indlægget`,
      at,
    }),
  );
  return { db, threadId, postId, replyId, unrelatedId, moderator };
}

describe("redacting a post", () => {
  it("leaves no trace of the text in the database file, the WAL or the search index", async () => {
    const { db, threadId, postId, replyId, moderator } = await scenario();
    await checkpointDatabase();
    // The check has teeth: before redaction the secret is in the file and searchable.
    expect((await storedDatabaseBytes()).includes(Buffer.from(SECRET))).toBe(true);
    expect((await searchFts5(db, searchFor("Zylberhansen"))).total).toBe(1);

    const result = await redactPostForGood(db, { postId, text: SECRET, moderatorId: moderator.id });
    expect(result.purged).toBe(true);
    // Opening post, its revision, the quoting reply, the title.
    expect(result.occurrences).toBe(4);

    const bytes = await storedDatabaseBytes();
    for (const form of FORMS) expect(bytes.includes(Buffer.from(form)), `"${form}" is still in the file`).toBe(false);

    for (const q of ["Mikkel Zylberhansen", "zylberhansen", "mikkel", "zylber"])
      expect((await searchFts5(db, searchFor(q))).total, q).toBe(0);
    expect((await searchIndexTerms()).filter((term) => term.includes("mikkel") || term.includes("zylber"))).toEqual([]);
    const words = await db
      .selectFrom("search_term")
      .select("word")
      .where((eb) => eb.or([eb("word", "like", "%mikkel%"), eb("word", "like", "%zylber%")]))
      .execute();
    expect(words).toEqual([]);

    const post = await db
      .selectFrom("post")
      .select(["body_source", "body_html"])
      .where("id", "=", postId)
      .executeTakeFirstOrThrow();
    expect(post.body_source).toBe(`Jeg har talt med ${REDACTED} om skolen i går.`);
    expect(post.body_html).toContain(REDACTED);
    const revision = await db
      .selectFrom("post_revision")
      .select("body_source")
      .where("post_id", "=", postId)
      .executeTakeFirstOrThrow();
    expect(revision.body_source).toBe(`Jeg har talt med ${REDACTED} om skolen.`);
    const reply = await db.selectFrom("post").select("body_source").where("id", "=", replyId).executeTakeFirstOrThrow();
    expect(reply.body_source).toContain(REDACTED);
    const thread = await db
      .selectFrom("thread")
      .select(["title", "slug"])
      .where("id", "=", threadId)
      .executeTakeFirstOrThrow();
    expect(thread.title).toBe(`Bekymring for ${REDACTED}`);
    expect(thread.slug).not.toContain("mikkel");
    const flag = await db
      .selectFrom("post_flag")
      .select(["note", "resolution"])
      .where("post_id", "=", postId)
      .executeTakeFirstOrThrow();
    expect(flag).toEqual({ note: `Der står ${REDACTED} i indlægget`, resolution: "redacted" });
    const events = await db.selectFrom("admin_event").select(["action", "target_id", "detail"]).execute();
    expect(events).toEqual([
      {
        action: "post.redacted",
        target_id: postId,
        detail: JSON.stringify({
          reasons: ["personal_data"],
          postsChanged: 2,
          posts: [postId, replyId],
          threadTitles: [threadId],
          articles: [],
          revisions: 1,
          notes: 1,
          auditRecords: 0,
        }),
      },
    ]);
  });

  it("keeps the words other posts still use searchable", async () => {
    const { db, postId, unrelatedId, moderator } = await scenario();
    await redactPostForGood(db, { postId, text: SECRET, moderatorId: moderator.id });
    // "skolen" is in the redacted post and in no other; the unrelated reply's words stay in the term list.
    const hits = await searchFts5(db, searchFor("skolevægring"));
    expect(hits.total).toBe(1);
    expect(await db.selectFrom("search_term").select("word").where("word", "=", "skolevægring").execute()).toHaveLength(
      1,
    );
    expect(unrelatedId).toBeGreaterThan(postId);
  });

  it("refuses text that is not in the post", async () => {
    const { db, postId, moderator } = await scenario();
    await expect(
      redactPostForGood(db, { postId, text: "Findes ikke i teksten", moderatorId: moderator.id }),
    ).rejects.toThrow(/findes ikke/);
    await expect(redactPostForGood(db, { postId, text: "ab", moderatorId: moderator.id })).rejects.toThrow(
      /mindst 3 tegn/,
    );
    // Nothing changed, and no audit record was written for a refused redaction.
    expect(await db.selectFrom("admin_event").select("id").execute()).toEqual([]);
  });
});
