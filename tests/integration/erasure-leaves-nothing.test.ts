import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { replyToThread } from "../../app/models/post.server";
import { action as invitationAction } from "../../app/routes/admin.invitationer";
import { loader as adminLogLoader } from "../../app/routes/admin.log";
import { action as membersAction } from "../../app/routes/admin.medlemmer";
import { action as signIn } from "../../app/routes/login";
import { searchFts5 } from "../../app/search/fts5/fts5-search.server";
import { createMember, createMunicipality, createThread, formRequest, loadContext, memberRequest } from "../factories";
import { sessionFor } from "../support/sessions";
import { checkpointDatabase, storedDatabaseBytes } from "../support/database-file";
import { searchFor } from "../support/search";

// A name and address nothing else in the test database contains.
const NAME = "Peder Vinterbjørnsen";
const EMAIL = "peder.vinterbjoernsen@kommune.dk";
const FORMS = [NAME, "Vinterbjørnsen", "vinterbjørnsen", "vinterbjoernsen", "Peder", EMAIL, "peder.vinterbjoernsen"];

describe("erasing a member", () => {
  it("leaves their name and e-mail nowhere: not in the raw database file or WAL, not on /admin/log, not in search", async () => {
    const db = getDb();
    const municipality = await createMunicipality();
    const admin = await createMember({ municipalityId: municipality.id, role: "admin" });
    const adminToken = await sessionFor(admin.id);
    // Invited through the admin page, so the invitation and its audit record hold the address.
    const invited = await invitationAction({
      request: memberRequest("/admin/invitationer", adminToken, {
        intent: "invite",
        email: EMAIL,
        municipalityId: String(municipality.id),
        role: "member",
      }),
      params: {},
      context: loadContext(),
    });
    expect((invited as Response).status).toBe(200);
    // Its own password, so no other test member shares the hash.
    const member = await createMember({
      municipalityId: municipality.id,
      displayName: NAME,
      email: EMAIL,
      password: "vinterens-egen-adgangskode",
    });
    const { password_hash: passwordHash } = await db
      .selectFrom("member")
      .select("password_hash")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    // A wrong password leaves a sign-in attempt bucket named by the address.
    const failed = (await signIn({
      request: formRequest("/login", { email: EMAIL, password: "forkert-adgangskode" }),
      context: loadContext("10.0.0.7"),
      params: {},
    })) as Response;
    expect(failed.status).toBe(400);
    await sessionFor(member.id);
    const own = await createThread({
      authorId: member.id,
      municipalityId: municipality.id,
      title: "Netværksmøder for SSP",
      body: "Hvem kommer til mødet i Aarhus?",
    });
    // A colleague quotes them in another thread: the quote header names them.
    const colleague = await createMember({ municipalityId: municipality.id });
    const other = await createThread({
      authorId: colleague.id,
      municipalityId: municipality.id,
      title: "Mødeplan for foråret",
      body: "Her er planen.",
    });
    const { postId: quoteId } = await writeTransaction(db, (tx) =>
      replyToThread(tx, {
        threadId: other.threadId,
        authorId: colleague.id,
        body: `> **${NAME}** skrev:\n> Hvem kommer til mødet i Aarhus?\n\nJeg kommer.`,
        createdAt: new Date().toISOString(),
      }),
    );
    await checkpointDatabase();
    // The check has teeth: before erasure the name and address are in the file.
    expect((await storedDatabaseBytes()).includes(Buffer.from(NAME))).toBe(true);
    expect((await storedDatabaseBytes()).includes(Buffer.from(EMAIL))).toBe(true);
    expect((await storedDatabaseBytes()).includes(Buffer.from(passwordHash ?? "-"))).toBe(true);

    const erased = (await membersAction({
      request: memberRequest("/admin/medlemmer", adminToken, {
        intent: "erase",
        memberId: String(member.id),
        confirm: "yes",
      }),
      params: {},
      context: loadContext(),
    })) as Response;
    expect(erased.status).toBe(200);

    const bytes = await storedDatabaseBytes();
    expect(passwordHash && bytes.includes(Buffer.from(passwordHash)), "the password hash is still in the file").toBe(
      false,
    );
    for (const form of FORMS)
      expect(bytes.includes(Buffer.from(form, "utf8")), `"${form}" is still in the database file or WAL`).toBe(false);

    const log = (await (
      await adminLogLoader({ request: memberRequest("/admin/log", adminToken), params: {}, context: loadContext() })
    ).json()) as { events: { action: string }[] };
    expect(log.events.map((event) => event.action)).toEqual(["member.erased", "invitation.created"]);
    expect(JSON.stringify(log)).not.toMatch(/vinterbj|peder/i);
    const invitationEvent = await db
      .selectFrom("admin_event")
      .select("detail")
      .where("action", "=", "invitation.created")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(invitationEvent.detail)).toMatchObject({ email: `slettet-${member.id}@tvaers.invalid` });

    expect(await db.selectFrom("invitation").select("email").execute()).toEqual([
      { email: `slettet-${member.id}@tvaers.invalid` },
    ]);
    expect(
      await db.selectFrom("sign_in_attempt").select("bucket").where("bucket", "like", "account:%").execute(),
    ).toEqual([]);
    const quote = await db.selectFrom("post").select("body_source").where("id", "=", quoteId).executeTakeFirstOrThrow();
    expect(quote.body_source).toBe("> **Tidligere medlem** skrev:\n> Hvem kommer til mødet i Aarhus?\n\nJeg kommer.");
    expect((await searchFts5(db, searchFor("Vinterbjørnsen"))).total).toBe(0);
    // Their own post stays, by «Tidligere medlem».
    expect((await searchFts5(db, searchFor("netværksmøder"))).total).toBe(1);
    expect(own.postId).toBeGreaterThan(0);
  });
});
