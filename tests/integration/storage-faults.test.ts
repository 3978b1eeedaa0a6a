import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { createSession, generateSessionToken, validateSessionToken } from "../../app/auth/session.server";
import { storageUnavailable } from "../../app/copy/hardening";
import { getDb, getSqliteDatabase, writeTransaction } from "../../app/db.server";
import { onPostgres } from "../support/database-file";
import { getEnv } from "../../app/env.server";
import { action as editAction } from "../../app/routes/indlaeg.$postId.rediger";
import { action as newThreadAction } from "../../app/routes/ny";
import { action as profileAction } from "../../app/routes/profil";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
import { StorageFaultError } from "../../app/storage-fault.server";
import {
  createCategory,
  createMember,
  createMunicipality,
  createThread,
  loadContext,
  memberRequest,
  settle,
} from "../factories";
import { sessionFor } from "../support/sessions";
import { threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";

/**
 * A full disk without a special mount: max_page_count caps the database file
 * at the pages it has now (free pages used up first), so the next write that
 * needs a page fails with SQLITE_FULL as it would on a full file system.
 */
function fillTheDisk(): void {
  const { sqlite } = getSqliteDatabase(getEnv().DATABASE_PATH);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const pages = Number(sqlite.pragma("page_count", { simple: true }));
  sqlite.pragma(`max_page_count = ${pages}`);
}

/** A read-only database: every write answers SQLITE_READONLY. */
function makeReadOnly(): void {
  getSqliteDatabase(getEnv().DATABASE_PATH).sqlite.pragma("query_only = ON");
}

/** Long, varied text: it needs new pages, and no flood or duplicate rule refuses it. */
function longText(seed: string): string {
  const words = [
    "skolevægring",
    "forældresamarbejde",
    "underretning",
    "netværksmøde",
    "trivsel",
    "ungerådgivning",
    "kommune",
    "samtale",
  ];
  return Array.from(
    { length: 3_000 },
    (_, i) => `${words[(i * 7 + seed.length) % words.length]}${i % 13 === 0 ? `-${seed}` : ""}`,
  ).join(" ");
}

async function counts() {
  const db = getDb();
  const n = async (table: "post" | "thread" | "post_revision") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { posts: await n("post"), threads: await n("thread"), revisions: await n("post_revision") };
}

async function world() {
  const municipality = await createMunicipality();
  const member = await createMember({ municipalityId: municipality.id });
  const token = await sessionFor(member.id);
  const category = await createCategory();
  const { threadId, postId } = await createThread({
    authorId: member.id,
    municipalityId: municipality.id,
    categoryId: category.id,
  });
  const thread = await threadAddress(threadId);
  return { member, token, category, thread, postId };
}

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  consoleError.mockRestore();
});

function logged(): string {
  return consoleError.mock.calls.map((call) => call.map(String).join(" ")).join("\n");
}

// The full and read-only disk are made with SQLite's own page limits and query_only; PostgreSQL's
// answers (53100, 25006) map to the same StorageFaultError in app/storage-fault.server.ts.
describe.skipIf(onPostgres)("a full or read-only disk answers the form, keeps the text and saves nothing", () => {
  it("a reply on a full disk answers 503 in Danish with the typed text, stores no post and logs SQLITE_FULL, not the failed rollback", async () => {
    const { token, thread } = await world();
    const before = await counts();
    fillTheDisk();
    const body = longText("svar");
    const response = await callRoute(
      threadAction,
      memberRequest(`/t/${thread.id}-${thread.slug}`, token, { intent: "reply", body }),
      { threadRef: `${thread.id}-${thread.slug}` },
    );
    expect(response.status).toBe(503);
    const result = (await response.json()) as { body: string; error: string };
    expect(result.error).toBe(storageUnavailable);
    expect(result.body).toBe(body);
    expect(await counts()).toEqual(before);
    expect(logged()).toContain("SQLITE_FULL");
    expect(logged()).not.toContain("cannot rollback");
  });

  it("a new thread on a full disk answers 503 with title and body kept, and no thread or post", async () => {
    const { token, category } = await world();
    const before = await counts();
    fillTheDisk();
    const title = "Ung udebliver fra skolen – hvad gør I?";
    const body = longText("ny");
    const entries: [string, string][] = [
      ["intent", "create"],
      ["title", title],
      ["categoryId", String(category.id)],
      ["track", "shared"],
      ["body", body],
    ];
    const response = await settle(() =>
      newThreadAction({ request: memberRequest("/ny", token, entries), params: {}, context: loadContext() }),
    );
    expect(response.status).toBe(503);
    const result = (await response.json()) as { values: { title: string; body: string }; error: string };
    expect(result.error).toBe(storageUnavailable);
    expect(result.values).toMatchObject({ title, body });
    expect(await counts()).toEqual(before);
  });

  it("an edit on a read-only database answers 503 with the new text kept and the post unchanged", async () => {
    const { token, postId } = await world();
    const stored = await getDb()
      .selectFrom("post")
      .select(["body_source", "body_html"])
      .where("id", "=", postId)
      .executeTakeFirstOrThrow();
    const before = await counts();
    makeReadOnly();
    const body = "Rettet: vi holdt netværksmøde med skolen i tirsdags.";
    const response = await callRoute(
      editAction,
      memberRequest(`/indlaeg/${postId}/rediger`, token, {
        body,
        title: "En tråd om skolevægring – opdateret",
      }),
      { postId: String(postId) },
    );
    expect(response.status).toBe(503);
    const result = (await response.json()) as { values: { body: string }; error: string };
    expect(result.error).toBe(storageUnavailable);
    expect(result.values.body).toBe(body);
    expect(
      await getDb()
        .selectFrom("post")
        .select(["body_source", "body_html"])
        .where("id", "=", postId)
        .executeTakeFirstOrThrow(),
    ).toEqual(stored);
    expect(await counts()).toEqual(before);
    expect(logged()).toContain("SQLITE_READONLY");
  });

  it("the profile form on a read-only database answers 503 with the typed name and profession", async () => {
    const { member, token } = await world();
    const storedProfile = () =>
      getDb()
        .selectFrom("member")
        .select(["display_name", "profession", "experience_override"])
        .where("id", "=", member.id)
        .executeTakeFirstOrThrow();
    const before = await storedProfile();
    makeReadOnly();
    const response = await callRoute(
      profileAction,
      memberRequest("/profil", token, {
        intent: "profile",
        displayName: "Maja Nygaard",
        profession: "SSP-konsulent",
        experience: "newcomer",
      }),
    );
    expect(response.status).toBe(503);
    const result = (await response.json()) as {
      error: string;
      values: { displayName: string; profession: string; experience: string };
    };
    expect(result.error).toBe(storageUnavailable);
    expect(result.values).toEqual({ displayName: "Maja Nygaard", profession: "SSP-konsulent", experience: "newcomer" });
    expect(await storedProfile()).toEqual(before);
  });

  // A 200 kB value needs overflow pages; SQLite answers SQLITE_FULL and has then already rolled the whole transaction back, so the helper's ROLLBACK fails.
  it("the transaction helper throws the storage fault with SQLITE_FULL as the cause, not the failed ROLLBACK, and the connection writes again once there is room", async () => {
    const { member } = await world();
    fillTheDisk();
    const failing = writeTransaction(getDb(), (tx) =>
      tx
        .updateTable("member")
        .set({ profession: "x".repeat(200_000) })
        .where("id", "=", member.id)
        .execute(),
    );
    const error = await failing.catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StorageFaultError);
    expect((error as StorageFaultError).cause).toMatchObject({ code: "SQLITE_FULL" });
    expect(logged()).toContain("SQLITE_FULL");
    expect(logged()).not.toContain("cannot rollback");
    getSqliteDatabase(getEnv().DATABASE_PATH).sqlite.pragma("max_page_count = 1073741823");
    await writeTransaction(getDb(), (tx) =>
      tx.updateTable("member").set({ profession: "Skolesocialrådgiver" }).where("id", "=", member.id).execute(),
    );
    expect(
      (await getDb().selectFrom("member").select("profession").where("id", "=", member.id).executeTakeFirstOrThrow())
        .profession,
    ).toBe("Skolesocialrådgiver");
  });
  it("a session due for renewal stays valid, unrenewed, on a read-only database, and an expired one is still refused", async () => {
    const member = await createMember();
    const due = generateSessionToken();
    await createSession(getDb(), due, member.id, new Date(Date.now() - 20 * 24 * 3_600_000));
    const expired = generateSessionToken();
    await createSession(getDb(), expired, member.id, new Date(Date.now() - 31 * 24 * 3_600_000));
    makeReadOnly();
    expect(await validateSessionToken(getDb(), due)).toMatchObject({ memberId: member.id, renewed: false });
    expect(await validateSessionToken(getDb(), expired)).toBeNull();
  });
});
