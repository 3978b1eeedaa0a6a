import { INVALID_CHARACTERS_MESSAGE } from "../../app/forms/clean-text";
import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { findThread } from "../../app/models/thread.server";
import { action as newThreadAction } from "../../app/routes/ny";
import { action as threadAction } from "../../app/routes/t.$threadRef/route";
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

/** A form POST; repeated keys (tagIds) are sent as repeated fields like the browser does. */

async function count(table: "post" | "thread" | "thread_tag") {
  const row = await getDb()
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function threadSetup() {
  const municipality = await createMunicipality();
  const author = await createMember({ municipalityId: municipality.id });
  const replier = await createMember({ municipalityId: municipality.id });
  const { threadId } = await createThread({ authorId: author.id, municipalityId: municipality.id });
  const thread = await threadAddress(threadId);
  const token = await sessionFor(replier.id);
  const send = (fields: Record<string, string>) =>
    callRoute(threadAction, memberRequest(`/t/${thread.id}-${thread.slug}`, token, Object.entries(fields)), {
      threadRef: `${thread.id}-${thread.slug}`,
    });
  return { thread, replier, send };
}

describe("replying: rules the thread action enforces", () => {
  it("a locked thread refuses a reply in Danish and stores nothing", async () => {
    const { thread, send } = await threadSetup();
    await getDb().updateTable("thread").set({ locked: 1 }).where("id", "=", thread.id).execute();
    const before = await count("post");
    const response = await send({ intent: "reply", body: "Et svar der kommer for sent." });
    expect(response.status).toBe(409);
    const data = await response.json();
    expect(data.error).toBe("Tråden er låst og tager ikke imod nye svar.");
    expect(data.body).toBe("Et svar der kommer for sent.");
    expect(await count("post")).toBe(before);
    expect((await findThread(getDb(), thread.id))?.replyCount).toBe(0);
  });

  it("a CPR number is refused, the typed text comes back, and no post is added", async () => {
    const { thread, send } = await threadSetup();
    const before = await count("post");
    const typed = "pigen har cpr 010190-1234";
    const response = await send({ intent: "reply", body: typed });
    expect(response.status).toBe(400);
    const data = await response.json();
    expect(data.fieldErrors.body[0]).toContain("CPR-nummer");
    expect(data.body).toBe(typed);
    expect(await count("post")).toBe(before);
    expect((await findThread(getDb(), thread.id))?.replyCount).toBe(0);
  });

  it("an e-mail address needs confirmation (409) and is saved only with confirmPersonalData=yes", async () => {
    const { thread, replier, send } = await threadSetup();
    const before = await count("post");
    const body = "Skriv til skolen på kontor@skole.dk, de svarer hurtigt.";

    const warned = await send({ intent: "reply", body });
    expect(warned.status).toBe(409);
    const data = await warned.json();
    expect(data.personalDataWarning).toContain("kontor@skole.dk");
    expect(data.body).toBe(body);
    expect(await count("post")).toBe(before);

    const saved = await send({ intent: "reply", body, confirmPersonalData: "yes" });
    expect(saved.status).toBe(302);
    const stored = await getDb()
      .selectFrom("post")
      .select(["id", "body_source", "author_id"])
      .where("thread_id", "=", thread.id)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ body_source: body, author_id: replier.id });
    expect(saved.headers.get("Location")).toBe(`/t/${thread.id}-${thread.slug}#indlaeg-${stored.id}`);
    expect((await findThread(getDb(), thread.id))?.replyCount).toBe(1);
  });
});

async function newThreadSetup() {
  const member = await createMember();
  const token = await sessionFor(member.id);
  const category = await createCategory();
  const tags = await getDb()
    .insertInto("tag")
    .values(
      Array.from({ length: 9 }, (_, i) => ({
        slug: `tag-${i}`,
        label: `Tag ${String.fromCharCode(65 + i)}`,
        kind: "theme" as const,
        description: "",
      })),
    )
    .returning(["id", "label"])
    .execute();
  const send = (fields: {
    title?: string;
    categoryId?: string;
    track?: string;
    body?: string;
    tagIds?: number[];
    extra?: [string, string][];
  }) => {
    const entries: [string, string][] = [
      ["intent", "create"],
      ["title", fields.title ?? "Ung udebliver fra skolen – hvad gør I?"],
      ["categoryId", fields.categoryId ?? String(category.id)],
      ["track", fields.track ?? "shared"],
      ...(fields.tagIds ?? []).map((id): [string, string] => ["tagIds", String(id)]),
      ["body", fields.body ?? "Vi har en elev på 15, der ikke har været i skole i tre uger."],
      ...(fields.extra ?? []),
    ];
    return settle(() =>
      newThreadAction({ request: memberRequest("/ny", token, entries), params: {}, context: loadContext() }),
    );
  };
  return { member, category, tags, send };
}

describe("new thread (/ny)", () => {
  const refusals: {
    name: string;
    input: (tagIds: number[]) => Parameters<Awaited<ReturnType<typeof newThreadSetup>>["send"]>[0];
    field: string | null;
    message: string;
  }[] = [
    {
      name: "a title under 5 characters",
      input: () => ({ title: "Hjæl" }),
      field: "title",
      message: "Titlen skal være mindst 5 tegn.",
    },
    {
      name: "a title with bidi override marks",
      input: () => ({ title: "\u202E\u202Eab\u202C\u202C" }),
      field: "title",
      message: INVALID_CHARACTERS_MESSAGE,
    },
    {
      name: "a body with a NUL byte",
      input: () => ({ body: "Hej\u0000med dig" }),
      field: "body",
      message: INVALID_CHARACTERS_MESSAGE,
    },
    // A lone surrogate cannot survive UTF-8 form encoding; it arrives as U+FFFD.
    {
      name: "a body with a lone surrogate",
      input: () => ({ body: "Hej \uD800 med dig" }),
      field: "body",
      message: INVALID_CHARACTERS_MESSAGE,
    },
    {
      name: "a title over 150 characters",
      input: () => ({ title: "a".repeat(151) }),
      field: "title",
      message: "Titlen må højst være 150 tegn.",
    },
    { name: "an empty body", input: () => ({ body: "" }), field: "body", message: "Skriv et indlæg." },
    {
      name: "a body of only white space",
      input: () => ({ body: "  \n\t " }),
      field: "body",
      message: "Skriv et indlæg.",
    },
    {
      name: "a body over 50,000 characters",
      input: () => ({ body: "x".repeat(50_001) }),
      field: "body",
      message: "Indlægget må højst være 50.000 tegn. Del det op i flere indlæg.",
    },
    {
      name: "more than 8 tags",
      input: (ids) => ({ tagIds: ids.slice(0, 9) }),
      field: "tagIds",
      message: "Vælg højst 8 tags.",
    },
    { name: "no category", input: () => ({ categoryId: "" }), field: "categoryId", message: "Vælg en kategori." },
    { name: "an unknown track", input: () => ({ track: "alle" }), field: "track", message: "Vælg et spor." },
    {
      name: "an unknown category",
      input: () => ({ categoryId: "999999" }),
      field: null,
      message: "Kategorien findes ikke.",
    },
    {
      name: "an unknown tag",
      input: (ids) => ({ tagIds: [ids[0]!, 999999] }),
      field: null,
      message: "Et af de valgte tags findes ikke længere.",
    },
  ];

  it.each(refusals)("refuses $name with 400, a Danish message and nothing saved", async ({ input, field, message }) => {
    const { tags, send } = await newThreadSetup();
    const fields = input(tags.map((t) => t.id));
    const response = await send(fields);
    expect(response.status).toBe(400);
    const data = await response.json();
    if (field) expect(data.fieldErrors[field]).toEqual([message]);
    else expect(data.error).toBe(message);
    if (fields.title) expect(data.values.title).toBe(fields.title); // the typed text is kept for the form
    expect(await count("thread")).toBe(0);
    expect(await count("post")).toBe(0);
    expect(await count("thread_tag")).toBe(0);
  });

  it("a CPR number in the title is refused on the title field", async () => {
    const { send } = await newThreadSetup();
    const response = await send({ title: "Pige 010190-1234 udebliver" });
    expect(response.status).toBe(400);
    expect((await response.json()).fieldErrors.title[0]).toContain("CPR-nummer");
    expect(await count("thread")).toBe(0);
  });

  it("accepts the limits: 5 and 150 character titles, a 50,000 character body and 8 tags", async () => {
    const { tags, send } = await newThreadSetup();
    for (const fields of [
      { title: "Hjælp" },
      { title: "å".repeat(150) },
      { body: "x".repeat(50_000) },
      { tagIds: tags.slice(0, 8).map((t) => t.id) },
    ]) {
      expect((await send(fields)).status).toBe(302);
    }
    expect(await count("thread")).toBe(4);
    expect(await count("thread_tag")).toBe(8);
  });

  it("refuses NUL and bidi override characters in a title, saving nothing", async () => {
    const { send } = await newThreadSetup();
    const refused = await send({ title: "Skole\u0000vægring \u202Eog fravær\u202C" });
    expect(refused.status).toBe(400);
    expect(await count("thread")).toBe(0);
  });

  it("strips other control characters from the stored title", async () => {
    const { send } = await newThreadSetup();
    const response = await send({ title: "Skole\u0007vægring og\u001B fravær" });
    expect(response.status).toBe(302);
    const stored = await getDb().selectFrom("thread").select(["id", "title", "slug"]).executeTakeFirstOrThrow();
    expect(stored.title).toBe("Skolevægring og fravær");
    expect(stored.slug).toBe("skolevaegring-og-fravaer");
    expect(response.headers.get("Location")).toBe(`/t/${stored.id}-skolevaegring-og-fravaer`);
  });

  it("a valid thread redirects to /t/<id>-<slug> and shows with its tags, track, category and opening post", async () => {
    const { member, category, tags, send } = await newThreadSetup();
    const chosen = [tags[2]!, tags[0]!];
    const response = await send({
      title: "Ung i Tønder – hvad nu?",
      track: "experienced",
      tagIds: chosen.map((t) => t.id),
      body: "Første **indlæg**",
    });
    expect(response.status).toBe(302);
    const thread = await getDb().selectFrom("thread").selectAll().executeTakeFirstOrThrow();
    expect(response.headers.get("Location")).toBe(`/t/${thread.id}-ung-i-toender-hvad-nu`);
    expect(thread).toMatchObject({
      title: "Ung i Tønder – hvad nu?",
      track: "experienced",
      category_id: category.id,
      author_id: member.id,
      reply_count: 0,
    });

    const shown = await findThread(getDb(), thread.id);
    expect(shown?.tags.map((t) => t.label).sort()).toEqual(["Tag A", "Tag C"]);
    expect(shown?.category.slug).toBe(category.slug);
    const opening = await getDb()
      .selectFrom("post")
      .selectAll()
      .where("thread_id", "=", thread.id)
      .executeTakeFirstOrThrow();
    expect(opening).toMatchObject({ author_id: member.id, body_source: "Første **indlæg**", deleted_at: null });
    expect(opening.body_html).toContain("<strong>indlæg</strong>");
  });

  it("an e-mail address in the body needs confirmation before the thread is created", async () => {
    const { send } = await newThreadSetup();
    const body = "Kontakt mig på sagsbehandler@kommune.dk";
    const warned = await send({ body });
    expect(warned.status).toBe(409);
    expect((await warned.json()).personalDataWarning).toContain("sagsbehandler@kommune.dk");
    expect(await count("thread")).toBe(0);
    expect((await send({ body, extra: [["confirmPersonalData", "yes"]] })).status).toBe(302);
    expect(await count("thread")).toBe(1);
  });
});
