import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { createArticle } from "../../app/models/article.server";
import { mergeThreads } from "../../app/models/thread-moderation.server";
import { editPost, replyToThread } from "../../app/models/post.server";
import { REDACTED, redactPostForGood } from "../../app/models/redaction.server";
import { slugify } from "../../app/models/slug";
import { loader as adminLogLoader } from "../../app/routes/admin.log";
import { loader as articleLoader } from "../../app/routes/vidensbank.$slug";
import { analyze } from "../../app/search/query/analyze";
import { rebuildIndex } from "../../app/search/index.server";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { createMember, createMunicipality, createThread, loadContext, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";
import { checkpointDatabase, onPostgres, searchIndexTerms, storedDatabaseBytes } from "../support/database-file";
import { searchFor } from "../support/search";

// Two words no Danish text has, so every trace of them in the file is the redacted text.
const SECRET = "Thorvaldine Kwiatkowskøj";
const FORMS = [
  SECRET,
  "Thorvaldine",
  "thorvaldine",
  "Kwiatkowskøj",
  "kwiatkowskøj",
  "kwiatkowskoej",
  slugify(SECRET),
  ...analyze(SECRET).split(" "),
];

/**
 * The text travels: written in thread A and edited (a revision), quoted in
 * thread B, named in the title of thread C that is then merged into B (the
 * audit record keeps the old title), and repeated by a Vidensbank article's
 * title, summary and key points.
 */
async function textCopiedAcrossTheForum() {
  const db = getDb();
  const municipality = await createMunicipality();
  const author = await createMember({ municipalityId: municipality.id, displayName: "Anna Aagaard" });
  const colleague = await createMember({ municipalityId: municipality.id });
  const moderator = await createMember({ municipalityId: municipality.id, role: "moderator" });
  const at = new Date().toISOString();
  const threadA = await createThread({
    authorId: author.id,
    municipalityId: municipality.id,
    title: "Skolevægring i 8. klasse",
    body: `Jeg har talt med ${SECRET} om skolen.`,
  });
  await writeTransaction(db, (tx) =>
    editPost(tx, {
      postId: threadA.postId,
      editorId: author.id,
      body: `Jeg har talt med ${SECRET} om skolen i går.`,
      at,
    }),
  );
  const threadB = await createThread({
    authorId: colleague.id,
    municipalityId: municipality.id,
    title: "Samtaler med forældre",
    body: "Hvordan får I forældrene med?",
  });
  const { postId: quoteId } = await writeTransaction(db, (tx) =>
    replyToThread(tx, {
      threadId: threadB.threadId,
      authorId: colleague.id,
      body: `> **Anna Aagaard** skrev:\n> Jeg har talt med ${SECRET} om skolen i går.\n\nDet minder om vores sag.`,
      createdAt: at,
    }),
  );
  const threadC = await createThread({
    authorId: colleague.id,
    municipalityId: municipality.id,
    title: `Opfølgning på ${SECRET}`,
    body: "Samme sag, ny tråd.",
  });
  await writeTransaction(db, (tx) =>
    mergeThreads(tx, { sourceId: threadC.threadId, targetId: threadB.threadId, actorId: moderator.id }),
  );
  const article = await writeTransaction(db, (tx) =>
    createArticle(tx, {
      title: `Hvad vi lærte af ${SECRET}`,
      summary: `Sagen om **${SECRET}** viste, at skolen skal med fra start.`,
      keyPoints: [`Tal med ${SECRET} først`, "Inddrag skolen tidligt"],
      sourcePostIds: [threadA.postId],
      tagIds: [],
      ownerId: moderator.id,
      reviewOn: "2027-06-01",
      status: "published",
      actorId: moderator.id,
    }),
  );
  const moderatorToken = await sessionFor(moderator.id);
  const admin = await createMember({ municipalityId: municipality.id, role: "admin" });
  const adminToken = await sessionFor(admin.id);
  return { db, threadA, threadB, quoteId, article, moderator, moderatorToken, adminToken };
}

describe("redaction of text copied across the forum", () => {
  it("leaves the text nowhere: not in the raw database file or WAL, not in search, not on the article page or in the audit log", async () => {
    const { db, threadA, quoteId, article, moderator, moderatorToken, adminToken } = await textCopiedAcrossTheForum();
    await checkpointDatabase();
    // The check has teeth: before redaction the text is in the file and found by search.
    expect((await storedDatabaseBytes()).includes(Buffer.from(SECRET))).toBe(true);
    expect((await searchFts5(db, searchFor("Kwiatkowskøj"))).total).toBeGreaterThan(0);

    const result = await redactPostForGood(db, { postId: threadA.postId, text: SECRET, moderatorId: moderator.id });
    expect(result.purged).toBe(true);

    const bytes = await storedDatabaseBytes();
    for (const form of FORMS)
      expect(bytes.includes(Buffer.from(form, "utf8")), `"${form}" is still in the database file or WAL`).toBe(false);
    for (const q of [SECRET, "Thorvaldine", "kwiatkowskøj", "thorvald"])
      expect((await searchFts5(db, searchFor(q))).total, q).toBe(0);
    expect((await searchIndexTerms()).filter((term) => term.includes("thorvald") || term.includes("kwiatkow"))).toEqual(
      [],
    );

    // The quote in the other thread is redacted too.
    const quote = await db
      .selectFrom("post")
      .select(["body_source", "body_html"])
      .where("id", "=", quoteId)
      .executeTakeFirstOrThrow();
    expect(quote.body_source).toBe(
      `> **Anna Aagaard** skrev:\n> Jeg har talt med ${REDACTED} om skolen i går.\n\nDet minder om vores sag.`,
    );

    // The article page, under its new address, shows the redaction mark where the text was.
    const row = await db
      .selectFrom("knowledge_article")
      .select("slug")
      .where("id", "=", article.id)
      .executeTakeFirstOrThrow();
    expect(row.slug).not.toBe(article.slug);
    const page = (await (
      await articleLoader({
        request: memberRequest(`/vidensbank/${row.slug}`, moderatorToken),
        params: { slug: row.slug },
        context: loadContext(),
      })
    ).json()) as {
      article: { title: string; summaryHtml: string; keyPoints: string[] };
    };
    expect(page.article.title).toBe(`Hvad vi lærte af ${REDACTED}`);
    expect(page.article.summaryHtml).toContain(REDACTED);
    expect(page.article.keyPoints).toEqual([`Tal med ${REDACTED} først`, "Inddrag skolen tidligt"]);
    expect(JSON.stringify(page)).not.toMatch(/thorvald|kwiatkow/i);

    // The audit log keeps that a merge and a redaction happened, and where, never the text.
    const log = (await (
      await adminLogLoader({ request: memberRequest("/admin/log", adminToken), params: {}, context: loadContext() })
    ).json()) as { events: { action: string; scrubbedAt: string | null }[] };
    expect(log.events.map((event) => event.action)).toEqual([
      "post.redacted",
      "article.publish",
      "article.create",
      "thread.merged",
    ]);
    expect(JSON.stringify(log)).not.toMatch(/thorvald|kwiatkow/i);
    expect(log.events.find((event) => event.action === "thread.merged")?.scrubbedAt).toEqual(expect.any(String));
    const stored = async (action: string) =>
      JSON.parse(
        (
          await getDb()
            .selectFrom("admin_event")
            .select("detail")
            .where("action", "=", action)
            .executeTakeFirstOrThrow()
        ).detail,
      ) as unknown;
    expect(await stored("thread.merged")).toMatchObject({ mergedTitle: `Opfølgning på ${REDACTED}` });
    expect(await stored("post.redacted")).toMatchObject({ posts: [threadA.postId, quoteId], articles: [article.id] });
  });

  it("leaves the audit record closed to every other change", async () => {
    const db = getDb();
    const moderator = await createMember({ role: "moderator" });
    const source = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    const target = await createThread({ authorId: moderator.id, municipalityId: moderator.municipality_id });
    await writeTransaction(db, (tx) =>
      mergeThreads(tx, { sourceId: source.threadId, targetId: target.threadId, actorId: moderator.id }),
    );
    const event = await db.selectFrom("admin_event").select("id").executeTakeFirstOrThrow();
    await expect(
      db.updateTable("admin_event").set({ detail: "{}" }).where("id", "=", event.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db
        .updateTable("admin_event")
        .set({ action: "thread.split", scrubbed_at: new Date().toISOString() })
        .where("id", "=", event.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom("admin_event").where("id", "=", event.id).execute()).rejects.toThrow(/append-only/);
    await db
      .updateTable("admin_event")
      .set({ detail: "{}", scrubbed_at: new Date().toISOString() })
      .where("id", "=", event.id)
      .execute();
    expect(await db.selectFrom("admin_event").select(["action", "detail"]).execute()).toEqual([
      { action: "thread.merged", detail: "{}" },
    ]);
  });

  // SQLite's own settings; PostgreSQL's purge is VACUUM FULL (app/models/purge.server.ts).
  it.skipIf(onPostgres)(
    "runs every connection with secure_delete, and the FTS5 index with its own secure-delete, also after a rebuild",
    async () => {
      const db = getDb();
      const pragma = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(db);
      expect(pragma.rows).toEqual([{ secure_delete: 1 }]);
      const ftsSecureDelete = () =>
        sql<{ v: number }>`select v from post_fts_config where k = 'secure-delete'`
          .execute(db)
          .then((result) => result.rows);
      expect(await ftsSecureDelete()).toEqual([{ v: 1 }]);
      const author = await createMember();
      await createThread({ authorId: author.id, municipalityId: author.municipality_id });
      await rebuildIndex(db);
      expect(await ftsSecureDelete()).toEqual([{ v: 1 }]);
    },
  );
});
