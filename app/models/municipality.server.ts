import type { DB } from "../db.server";
import { memberExperience, municipalityExperience, newcomerUntil } from "./experience";

export async function findMunicipalityBySlug(db: DB, slug: string) {
  return db.selectFrom("municipality").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function listMunicipalities(db: DB, now = new Date()) {
  const rows = await db
    .selectFrom("municipality")
    .leftJoin("member", (join) =>
      join.onRef("member.municipality_id", "=", "municipality.id").on("member.disabled_at", "is", null),
    )
    .select((eb) => [
      "municipality.id",
      "municipality.slug",
      "municipality.name",
      "municipality.region",
      "municipality.joined_on",
      "municipality.experience_override",
      eb.fn.count<number>("member.id").as("member_count"),
    ])
    .groupBy("municipality.id")
    .orderBy("municipality.name")
    .execute();
  return rows.map((row) => ({
    ...row,
    member_count: Number(row.member_count),
    experience: municipalityExperience(row, now),
    newcomer_until: newcomerUntil(row.joined_on),
  }));
}

export async function listMunicipalityMembers(
  db: DB,
  municipality: { id: number; joined_on: string; experience_override: "newcomer" | "experienced" | null },
  now = new Date(),
) {
  const rows = await db
    .selectFrom("member")
    .where("municipality_id", "=", municipality.id)
    .where("disabled_at", "is", null)
    .select(["id", "display_name", "profession", "role", "experience_override"])
    .orderBy("display_name")
    .execute();
  return rows.map((row) => ({ ...row, experience: memberExperience(row, municipality, now) }));
}

/** Every municipality by name, for a select field. */
export async function listMunicipalityOptions(db: DB) {
  return db.selectFrom("municipality").select(["id", "name"]).orderBy("name").execute();
}

export async function findMunicipalityOption(db: DB, municipalityId: number) {
  return db.selectFrom("municipality").select(["id", "name"]).where("id", "=", municipalityId).executeTakeFirst();
}

/** Every municipality by name with the experience level its members get. */
export async function listMunicipalityExperience(db: DB) {
  const rows = await db
    .selectFrom("municipality")
    .select(["id", "name", "joined_on", "experience_override"])
    .orderBy("name")
    .execute();
  return rows.map((m) => ({ id: m.id, name: m.name, experience: municipalityExperience(m) }));
}
