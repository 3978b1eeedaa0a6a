import { sql } from "kysely";
import type { TagKind } from "../../db/schema";
import type { DB } from "../db.server";
import { recordAdminEvent } from "./admin-event.server";
import { slugify } from "./slug";
import { Refusal } from "../refusal";
import { asSentence, notFound } from "../copy/not-found";
import { tagChanged } from "../search/index.server";
import { tagsAdminCopy } from "../copy/admin-tags";

export async function createTag(
  tx: DB,
  input: { label: string; kind: TagKind; description: string; actorId: number },
): Promise<number> {
  const slug = slugify(input.label, 60);
  if (await tx.selectFrom("tag").select("id").where("slug", "=", slug).executeTakeFirst())
    throw new Refusal(`Tagget «${input.label}» findes allerede.`, { status: 409 });
  const row = await tx
    .insertInto("tag")
    .values({ slug, label: input.label, kind: input.kind, description: input.description })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "tag.created",
    targetType: "tag",
    targetId: row.id,
    detail: { label: input.label, kind: input.kind },
  });
  return row.id;
}

/** Renaming keeps the slug, so links to the tag page keep working. */
export async function updateTag(
  tx: DB,
  input: { tagId: number; label: string; kind: TagKind; description: string; actorId: number },
): Promise<void> {
  const before = await tx
    .selectFrom("tag")
    .select(["label", "kind", "description"])
    .where("id", "=", input.tagId)
    .executeTakeFirst();
  if (!before) throw new Refusal(asSentence(notFound.tag), { status: 409 });
  await tx
    .updateTable("tag")
    .set({ label: input.label, kind: input.kind, description: input.description })
    .where("id", "=", input.tagId)
    .execute();
  if (before.label !== input.label) await tagChanged(tx, input.tagId);
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "tag.updated",
    targetType: "tag",
    targetId: input.tagId,
    detail: { before, after: { label: input.label, kind: input.kind, description: input.description } },
  });
}

/** Folds one tag into another: every thread and mentor theme that had the first gets the second. */
export async function mergeTags(tx: DB, input: { sourceId: number; targetId: number; actorId: number }): Promise<void> {
  if (input.sourceId === input.targetId) throw new Refusal(tagsAdminCopy.mergeSame, { status: 409 });
  const source = await tx.selectFrom("tag").select(["id", "label"]).where("id", "=", input.sourceId).executeTakeFirst();
  const target = await tx.selectFrom("tag").select(["id", "label"]).where("id", "=", input.targetId).executeTakeFirst();
  if (!source || !target) throw new Refusal(asSentence(notFound.tag), { status: 409 });
  await sql`insert into thread_tag (thread_id, tag_id) select thread_id, ${target.id} from thread_tag where tag_id = ${source.id}
            on conflict do nothing`.execute(tx);
  await sql`insert into mentor_theme (member_id, tag_id) select member_id, ${target.id} from mentor_theme where tag_id = ${source.id}
            on conflict do nothing`.execute(tx);
  await tx.deleteFrom("tag").where("id", "=", source.id).execute();
  await tagChanged(tx, target.id);
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "tag.merged",
    targetType: "tag",
    targetId: target.id,
    detail: { merged: source.label, into: target.label },
  });
}

export async function listSynonyms(db: DB) {
  return db.selectFrom("search_synonym").selectAll().orderBy("term").execute();
}

export async function addSynonym(tx: DB, input: { term: string; expansion: string; actorId: number }): Promise<void> {
  const row = await tx
    .insertInto("search_synonym")
    .values({ term: input.term.toLowerCase(), expansion: input.expansion.toLowerCase() })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "synonym.added",
    targetType: "settings",
    targetId: row.id,
    detail: { term: input.term, expansion: input.expansion },
  });
}

export async function removeSynonym(tx: DB, input: { id: number; actorId: number }): Promise<void> {
  const row = await tx.selectFrom("search_synonym").selectAll().where("id", "=", input.id).executeTakeFirst();
  if (!row) return;
  await tx.deleteFrom("search_synonym").where("id", "=", input.id).execute();
  await recordAdminEvent(tx, {
    actorId: input.actorId,
    action: "synonym.removed",
    targetType: "settings",
    targetId: input.id,
    detail: { term: row.term, expansion: row.expansion },
  });
}
