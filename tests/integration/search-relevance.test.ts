import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "../../app/db.server";
import { insertReply, insertThread } from "../../app/models/thread.server";
import { mergeTags, updateTag } from "../../app/models/tag-admin.server";
import { loader as apiLoader } from "../../app/routes/api.search";
import { loader as pageLoader } from "../../app/routes/soeg";
import { createCategory, createMember, loadContext } from "../factories";
import { sessionFor } from "../support/sessions";

interface ApiHit {
  threadId: number;
}

async function signedIn(path: string) {
  const member = await createMember();
  const token = await sessionFor(member.id);
  return new Request(`http://localhost${path}`, { headers: { cookie: `tvaers_session=${token}` } });
}

async function api(query: string) {
  const response = (await apiLoader({
    request: await signedIn(`/api/search?${query}`),
    params: {},
    context: loadContext(),
  })) as Response;
  const body = (await response.json()) as { total: number; results: ApiHit[]; didYouMean: string | null };
  return { ...body, ids: body.results.map((hit) => hit.threadId) };
}

async function fixture() {
  const author = await createMember();
  const category = await createCategory();
  const tags = await getDb()
    .insertInto("tag")
    .values([
      { slug: "gaming", label: "Gaming", kind: "theme", description: "" },
      { slug: "computerspil", label: "Computerspil", kind: "theme", description: "" },
    ])
    .returning("id")
    .execute();
  const base = { categoryId: category.id, municipalityId: author.municipality_id, authorId: author.id };
  return writeTransaction(getDb(), async (tx) => {
    const notify = await insertThread(tx, {
      ...base,
      tagIds: [],
      track: "shared",
      title: "Hvornår laver I en underretning?",
      body: "Vi ved ikke, om underretningen skal sendes i dag.",
      createdAt: "2026-11-01T10:00:00.000Z",
    });
    await insertReply(tx, {
      threadId: notify.threadId,
      authorId: author.id,
      body: "Send underretningen hellere i dag end i morgen.",
      createdAt: "2026-11-01T11:00:00.000Z",
    });
    // Says "under" and "retning" many times, never "underretning".
    const direction = await insertThread(tx, {
      ...base,
      tagIds: [],
      track: "shared",
      title: "Under samtalen skifter den unge retning",
      body: "Under chatten tog samtalen en ny retning, og under hele forløbet skiftede retning igen. Retning, retning.",
      createdAt: "2026-11-02T10:00:00.000Z",
    });
    const courage = await insertThread(tx, {
      ...base,
      tagIds: [],
      track: "newcomer",
      title: "Hun havde ikke mod på at sige det",
      body: "Det krævede mod at skrive til os, det ved hun godt.",
      createdAt: "2026-11-03T10:00:00.000Z",
    });
    const bullying = await insertThread(tx, {
      ...base,
      tagIds: [],
      track: "newcomer",
      title: "Mobning i klassen",
      body: "En elev fortæller om mobning, der har stået på længe. Lærerne ved det.",
      createdAt: "2026-11-04T10:00:00.000Z",
    });
    const blackmail = await insertThread(tx, {
      ...base,
      tagIds: [],
      track: "shared",
      title: "Ung bliver presset for penge",
      body: "Han afpresses af en fremmed, der truer med at dele billeder.",
      createdAt: "2026-11-05T10:00:00.000Z",
    });
    const games = await insertThread(tx, {
      ...base,
      tagIds: [tags[0]!.id],
      track: "shared",
      title: "Søn spiller hele natten",
      body: "Far skriver, at sønnen sidder ved skærmen til klokken fire.",
      createdAt: "2026-11-06T10:00:00.000Z",
    });
    return {
      notify: notify.threadId,
      direction: direction.threadId,
      courage: courage.threadId,
      bullying: bullying.threadId,
      blackmail: blackmail.threadId,
      games: games.threadId,
      gamingTag: tags[0]!.id,
      spilTag: tags[1]!.id,
      author,
    };
  });
}

describe("search relevance and corrections", () => {
  it("corrects a one-letter typo rather than splitting it into a compound, and says so above the results", async () => {
    const f = await fixture();
    const result = await api("q=underetning");
    expect(result.didYouMean).toBe("underretning");
    expect(result.ids[0]).toBe(f.notify);
    expect(result.ids).not.toContain(f.direction);
    const page = (
      await (pageLoader({
        request: await signedIn("/soeg?q=underetning"),
        params: {},
        context: loadContext(),
      }) as Promise<Response>)
    ).json();
    expect((await page).response.didYouMean).toBe("underretning");
  });

  it("searches the words as typed when asked to (eksakt=1)", async () => {
    await fixture();
    const result = await api("q=underetning&eksakt=1");
    expect(result.didYouMean).toBeNull();
  });

  it("does not «correct» mobbet to mod: it finds mobning", async () => {
    const f = await fixture();
    const result = await api("q=mobbet");
    expect(result.didYouMean).toBeNull();
    expect(result.ids).toEqual([f.bullying]);
  });

  it("finds afpresses for afpresning (verbal noun and verb stem together)", async () => {
    const f = await fixture();
    expect((await api("q=afpresning")).ids).toEqual([f.blackmail]);
  });

  it("finds a thread by its tag alone, and by the new label after a rename or merge", async () => {
    const f = await fixture();
    const moderator = await createMember({ role: "moderator" });
    expect((await api("q=gaming")).ids).toEqual([f.games]);
    await writeTransaction(getDb(), (tx) =>
      updateTag(tx, { tagId: f.gamingTag, label: "Skærmtid", kind: "theme", description: "", actorId: moderator.id }),
    );
    expect((await api("q=gaming")).ids).toEqual([]);
    expect((await api("q=sk%C3%A6rmtid")).ids).toEqual([f.games]);
    await writeTransaction(getDb(), (tx) =>
      mergeTags(tx, { sourceId: f.gamingTag, targetId: f.spilTag, actorId: moderator.id }),
    );
    expect((await api("q=computerspil")).ids).toEqual([f.games]);
  });

  it("ranks the thread about the rare word above threads that only share common words", async () => {
    const f = await fixture();
    // Stop words drop out, "ved" is in most threads and weighs little; afpresning is the topic.
    expect((await api(`q=${encodeURIComponent("hvornår skal man gøre noget ved afpresning")}`)).ids[0]).toBe(
      f.blackmail,
    );
  });

  it("lists the filtered threads newest first when there are no words, and says when a page is past the end", async () => {
    const f = await fixture();
    const filtered = await api("spor=ny");
    expect(filtered.ids).toEqual([f.bullying, f.courage]);
    expect(filtered.total).toBe(2);
    const past = (
      await (pageLoader({
        request: await signedIn("/soeg?spor=ny&side=5"),
        params: {},
        context: loadContext(),
      }) as Promise<Response>)
    ).json();
    const data = await past;
    expect(data.response.total).toBe(2);
    expect(data.response.results).toEqual([]);
    expect(data.pages).toBe(1);
  });
});
