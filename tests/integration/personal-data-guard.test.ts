import { describe, expect, it } from "vitest";
import type { SiteRole } from "../../db/schema";
import { createFirstAdmin } from "../../app/cli/create-admin";
import { importArchive, ImportError } from "../../app/cli/import-archive.server";
import { getDb } from "../../app/db.server";
import { createInvitation } from "../../app/models/invitation.server";
import { action as flagQueueAction } from "../../app/routes/admin.flag";
import { action as newcomerAdminAction } from "../../app/routes/admin.nye/route";
import { action as tagAdminAction } from "../../app/routes/admin.tags";
import { action as invitationAction } from "../../app/routes/invitation.$token";
import { action as newThreadAction } from "../../app/routes/ny";
import { action as profileAction } from "../../app/routes/profil";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
import { createCategory, createThread, formRequest, memberRequest } from "../factories";
import { countRows, threadAddress } from "../support/rows";
import { callRoute } from "../support/routes";
import { searchTotal } from "../support/search";
import { signedInMember } from "../support/sessions";

// Each of these reads as 010190-1234 on the thread page, yet none of them
// matched the guard when it read only the Markdown source.
const readsAsCpr: [string, string][] = [
  ["a decimal entity for the first digit", "&#48;10190-1234"],
  ["a hex entity and a named dash entity", "&#x30;10190&ndash;1234"],
  ["an escaped hyphen", "010190\\-1234"],
  ["full-width digits", "０１０１９０－１２３４"],
  ["a zero-width space inside", "0101\u200b90-1234"],
  ["a soft hyphen inside", "01019\u00ad0-1234"],
  ["emphasis splitting the digits", "0101**90**1234"],
  ["a soft line break between the parts", "010190\n1234"],
  ["a link around some of the digits", "[0101](https://example.dk)901234"],
  ["a percent-encoded digit in a link target", "[se journalen](https://example.dk/%3010190-1234)"],
  ["a code span splitting the digits", "0101`90`1234"],
  ["a figure space and a minus sign", "010190\u2007\u22121234"],
];

const count = countRows;

/** A thread by a new member, and a member of the same municipality who is signed in. */
async function threadAndReader(readerRole: SiteRole = "member") {
  const author = await signedInMember();
  const reader = await signedInMember({ role: readerRole, municipalityId: author.municipality_id });
  const { threadId, postId } = await createThread({ authorId: author.id, municipalityId: author.municipality_id });
  return { author, reader, postId, thread: await threadAddress(threadId) };
}

describe("posts: the guard reads what the thread page will show", () => {
  it.each(readsAsCpr)(
    "a reply with %s is refused, the typed text comes back, nothing is stored or found",
    async (_name, number) => {
      const { reader: replier, thread } = await threadAndReader();
      const typed = `Zebrafinke-sagen: pigens nummer er ${number} ifølge skolen.`;
      const before = await count("post");

      const response = await callRoute(
        threadAction,
        memberRequest(thread.path, replier.token, { intent: "reply", body: typed }),
        { threadRef: thread.ref },
      );

      expect(response.status).toBe(400);
      const data = await response.json();
      expect(data.fieldErrors.body[0]).toMatch(/^Teksten indeholder det, der ligner et CPR-nummer: ".*"\. Fjern det/);
      expect(data.body).toBe(typed);
      expect(await count("post")).toBe(before);
      expect(await searchTotal("Zebrafinke")).toBe(0);
    },
  );

  it("a new thread with full-width digits in its title is refused on the title, and no thread is created", async () => {
    const member = await signedInMember();
    const category = await createCategory();
    const title = "Pige ０１０１９０ １２３４ udebliver";
    const entries: [string, string][] = [
      ["intent", "create"],
      ["title", title],
      ["categoryId", String(category.id)],
      ["track", "shared"],
      ["body", "Vi har en elev på 15, der ikke har været i skole i tre uger."],
    ];
    const response = await callRoute(newThreadAction, memberRequest("/ny", member.token, entries));
    expect(response.status).toBe(400);
    const data = await response.json();
    expect(data.fieldErrors.title[0]).toContain("CPR-nummer");
    expect(data.values.title).toBe(title);
    expect(await count("thread")).toBe(0);
  });
});

const moderatorForms: {
  text: string;
  route: typeof tagAdminAction | typeof newcomerAdminAction;
  path: string;
  fields: Record<string, string>;
  table: "tag" | "onboarding_step";
}[] = [
  {
    text: "a tag description",
    route: tagAdminAction,
    path: "/admin/tags",
    fields: { intent: "create", label: "Skolefravær", kind: "theme", description: "Fx sagen om 010190\u20111234" },
    table: "tag",
  },
  {
    text: "a tag label whose slug would show it",
    route: tagAdminAction,
    path: "/admin/tags",
    fields: { intent: "create", label: "Sag 010190 (1234)", kind: "theme", description: "" },
    table: "tag",
  },
  {
    text: "an onboarding note",
    route: newcomerAdminAction,
    path: "/admin/nye",
    fields: { intent: "step-add", title: "Læs om skolefravær", note: "Se sagen med 010190-1234" },
    table: "onboarding_step",
  },
];

describe("admin and member texts outside posts", () => {
  it.each(moderatorForms)("a moderator's $text with a CPR number is refused and nothing is stored", async (form) => {
    const moderator = await signedInMember({ role: "moderator" });
    const before = await count(form.table);
    const response = await callRoute(form.route, memberRequest(form.path, moderator.token, form.fields));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("CPR-nummer");
    expect(await count(form.table)).toBe(before);
  });

  it("a moderator's warning to an author with a CPR number is refused and not stored", async () => {
    const { reader: flagger, thread, postId } = await threadAndReader();
    const moderator = await signedInMember({ role: "moderator", municipalityId: flagger.municipality_id });
    await callRoute(
      threadAction,
      memberRequest(thread.path, flagger.token, { intent: "flag", postId: String(postId), reason: "inappropriate" }),
      { threadRef: thread.ref },
    );
    const flag = await getDb().selectFrom("post_flag").select("id").executeTakeFirstOrThrow();

    const response = await callRoute(
      flagQueueAction,
      memberRequest("/admin/flag", moderator.token, {
        flagId: String(flag.id),
        intent: "warn",
        note: "Du skrev 0101\u200b90-1234, det må du ikke.",
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("CPR-nummer");
    expect(await count("moderator_warning")).toBe(0);
  });

  it("the name given when accepting an invitation is refused with full-width digits, and no member is created", async () => {
    const admin = await signedInMember({ role: "admin" });
    const invitation = await createInvitation(getDb(), {
      email: "ny@kommune.dk",
      municipalityId: admin.municipality_id,
      role: "member",
      invitedById: admin.id,
    });
    const before = await count("member");
    const fields = {
      displayName: "Anna ０１０１９０-１２３４",
      profession: "Lærer",
      password: "en-lang-og-god-adgangskode",
      passwordConfirm: "en-lang-og-god-adgangskode",
    };
    const response = await callRoute(invitationAction, formRequest(`/invitation/${invitation.token}`, fields), {
      token: invitation.token,
    });
    expect(response.status).toBe(400);
    const data = await response.json();
    expect(data.fieldErrors.displayName[0]).toContain("CPR-nummer");
    expect(data.values.displayName).toBe(fields.displayName);
    expect(await count("member")).toBe(before);
  });

  it("a profession on the profile with a soft hyphen inside a CPR number is refused and not stored", async () => {
    const member = await signedInMember();
    const response = await callRoute(
      profileAction,
      memberRequest("/profil", member.token, {
        intent: "profile",
        displayName: "Anna B",
        profession: "SSP 010\u00ad190-1234",
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.profession[0]).toContain("CPR-nummer");
    const stored = await getDb()
      .selectFrom("member")
      .select("profession")
      .where("id", "=", member.id)
      .executeTakeFirstOrThrow();
    expect(stored.profession).not.toContain("1234");
  });
});

describe("archive import: every field is cleaned, then checked", () => {
  const archive = (overrides: {
    title?: string;
    municipality?: string;
    tags?: string[];
    author?: string;
    body?: string;
  }) =>
    JSON.stringify({
      threads: [
        {
          title: overrides.title ?? "Skolefravær i udskolingen",
          category: "Skole",
          municipality: overrides.municipality ?? "Arkivkommune",
          tags: overrides.tags ?? ["fravær"],
          posts: [
            { author: overrides.author ?? "Anna, Lærer", body: overrides.body ?? "Hvad gør I, når en elev udebliver?" },
          ],
        },
      ],
    });

  it.each([
    ["a member name", { author: "Anna 010190-1234, Lærer" }],
    ["a profession", { author: "Anna, SSP 010190-1234" }],
    ["a municipality name", { municipality: "Kommune 010190-1234" }],
    ["a tag name", { tags: ["sag 010190-1234"] }],
    ["a body with a control character between the digits", { body: "Nummeret er 0101901\u0007234." }],
    ["a title with a zero-width joiner inside", { title: "Sagen 010190\u200d-1234" }],
  ])("refuses an archive with a CPR number in %s and imports nothing", async (_name, overrides) => {
    const members = await count("member");
    await expect(importArchive(getDb(), archive(overrides))).rejects.toThrow(ImportError);
    await expect(importArchive(getDb(), archive(overrides))).rejects.toThrow(/CPR number/);
    expect(await count("thread")).toBe(0);
    expect(await count("municipality")).toBe(0);
    expect(await count("member")).toBe(members);
  });

  it("imports an archive whose dates, amounts and case numbers only look like numbers", async () => {
    const result = await importArchive(
      getDb(),
      archive({ body: "Mødet 01.01.2024 kl. 10.30, budget 1.250.000 kr., j.nr. 2024-123456." }),
    );
    expect(result.posts).toBe(1);
  });
});

describe("first administrator (CLI)", () => {
  it("refuses a municipality name with a CPR number and creates nothing", async () => {
    await expect(
      createFirstAdmin(getDb(), { email: "admin@kommune.dk", municipality: "Kommune 0101\u00ad90-1234" }),
    ).rejects.toThrow(/CPR number/);
    expect(await count("member")).toBe(0);
    expect(await count("municipality")).toBe(0);
  });
});
