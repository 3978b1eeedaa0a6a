import type { DB } from "../db.server";

/** Tags for the thread form, case tags first, then themes. */
export async function listTagOptions(db: DB) {
  return db.selectFrom("tag").select(["id", "slug", "label", "kind"]).orderBy("kind").orderBy("label").execute();
}

export async function listCategoryOptions(db: DB) {
  return db.selectFrom("category").select(["id", "name", "slug"]).orderBy("position").execute();
}
