import type { DB } from "../db.server";

export interface CategorySummary {
  id: number;
  slug: string;
  name: string;
  description: string;
  threadCount: number;
  postCount: number;
  lastPostAt: string | null;
}

/** Categories in display order with thread and post counts, from the denormalised thread counters. */
export async function listCategories(db: DB): Promise<CategorySummary[]> {
  const rows = await db
    .selectFrom("category")
    .leftJoin("thread", "thread.category_id", "category.id")
    .select((eb) => [
      "category.id",
      "category.slug",
      "category.name",
      "category.description",
      eb.fn.count<number>("thread.id").as("thread_count"),
      eb.fn.coalesce(eb.fn.sum<number>(eb("thread.reply_count", "+", 1)), eb.lit(0)).as("post_count"),
      eb.fn.max("thread.last_post_at").as("last_post_at"),
    ])
    .groupBy("category.id")
    .orderBy("category.position")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    threadCount: Number(row.thread_count),
    postCount: Number(row.post_count),
    lastPostAt: row.last_post_at ?? null,
  }));
}

export async function findCategoryBySlug(db: DB, slug: string) {
  return db.selectFrom("category").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function categoryExists(db: DB, categoryId: number): Promise<boolean> {
  return (await db.selectFrom("category").select("id").where("id", "=", categoryId).executeTakeFirst()) !== undefined;
}
