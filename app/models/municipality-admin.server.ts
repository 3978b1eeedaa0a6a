import type { Experience } from "../../db/schema";
import { writeTransaction, type DB } from "../db.server";
import { Refusal } from "../refusal";
import { recordAdminEvent } from "./admin-event.server";
import { slugify } from "./slug";
import { notFound } from "../copy/not-found";

export interface MunicipalityInput {
  name: string;
  region: string;
  joinedOn: string;
  experience: "auto" | Exclude<Experience, "shared">;
}

/**
 * Creates a municipality, or updates one when `municipalityId` is given, with
 * an audit record. Refuses a name (or its slug) another municipality has (409).
 */
export async function saveMunicipality(
  db: DB,
  input: { actorId: number; municipalityId?: number; fields: MunicipalityInput },
): Promise<void> {
  const { actorId, municipalityId, fields } = input;
  const values = {
    name: fields.name,
    region: fields.region,
    joined_on: fields.joinedOn,
    experience_override: fields.experience === "auto" ? null : fields.experience,
  };
  const clash = await db
    .selectFrom("municipality")
    .select("id")
    .where((eb) => eb.or([eb("name", "=", fields.name), eb("slug", "=", slugify(fields.name))]))
    .executeTakeFirst();
  if (clash && clash.id !== municipalityId)
    throw new Refusal(`Der findes allerede en kommune, der hedder ${fields.name}.`, { status: 409 });
  await writeTransaction(db, async (tx) => {
    if (municipalityId === undefined) {
      const row = await tx
        .insertInto("municipality")
        .values({ ...values, slug: slugify(fields.name), created_at: new Date().toISOString() })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAdminEvent(tx, {
        actorId,
        action: "municipality.created",
        targetType: "municipality",
        targetId: row.id,
        detail: { after: values },
      });
      return;
    }
    const before = await tx
      .selectFrom("municipality")
      .select(["name", "region", "joined_on", "experience_override"])
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (!before) throw new Refusal(notFound.municipality, { status: 404 });
    // The slug stays: links to the municipality page keep working after a rename.
    await tx.updateTable("municipality").set(values).where("id", "=", municipalityId).execute();
    await recordAdminEvent(tx, {
      actorId,
      action: "municipality.updated",
      targetType: "municipality",
      targetId: municipalityId,
      detail: { before, after: values },
    });
  });
}
