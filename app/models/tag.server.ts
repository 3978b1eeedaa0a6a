import type { DB } from "../db.server";

export async function findTagBySlug(db: DB, slug: string) {
  return db.selectFrom("tag").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** All tags with how many threads carry each, case tags first. */
export async function listTagsWithCounts(db: DB) {
  const rows = await db
    .selectFrom("tag")
    .leftJoin("thread_tag", "thread_tag.tag_id", "tag.id")
    .select((eb) => [
      "tag.id",
      "tag.slug",
      "tag.label",
      "tag.kind",
      "tag.description",
      eb.fn.count<number>("thread_tag.thread_id").as("thread_count"),
    ])
    .groupBy("tag.id")
    .orderBy("tag.kind")
    .orderBy("tag.label")
    .execute();
  return rows.map((row) => ({ ...row, thread_count: Number(row.thread_count) }));
}

/** The theme tags a mentor can choose from, by label. */
export async function listThemeTags(db: DB) {
  return db.selectFrom("tag").select(["id", "label"]).where("kind", "=", "theme").orderBy("label").execute();
}

export async function listThreadTagIds(db: DB, threadId: number): Promise<number[]> {
  const rows = await db.selectFrom("thread_tag").select("tag_id").where("thread_id", "=", threadId).execute();
  return rows.map((row) => row.tag_id);
}
