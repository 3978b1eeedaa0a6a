import type { DB } from "../db.server";

/** Tags for the thread form, case tags first, then themes. */
export async function listTagOptions(db: DB) {
  return db.selectFrom("tag").select(["id", "slug", "label", "kind"]).orderBy("kind").orderBy("label").execute();
}

export async function listCategoryOptions(db: DB) {
  return db.selectFrom("category").select(["id", "name", "slug"]).orderBy("position").execute();
}

/** Municipalities for the search page's filter. */
export async function listMunicipalityOptions(db: DB) {
  return db.selectFrom("municipality").select(["slug", "name"]).orderBy("name").execute();
}

/** Members who started at least one thread: the search page's author filter. */
export async function listThreadAuthorOptions(db: DB) {
  return db
    .selectFrom("member")
    .select(["id", "display_name"])
    .where((eb) =>
      eb.exists(eb.selectFrom("thread").select("thread.id").whereRef("thread.author_id", "=", "member.id")),
    )
    .orderBy("display_name")
    .execute();
}
