import type { DB } from "../db.server";
import { Refusal } from "../refusal";
import { municipalityPageCopy } from "../copy/municipalities";

/** The mentor municipality of a newcomer municipality, and the newcomers a mentor municipality looks after. */
export async function findPairings(db: DB, municipalityId: number) {
  const [mentor, mentees] = await Promise.all([
    db
      .selectFrom("municipality_pairing as p")
      .innerJoin("municipality as m", "m.id", "p.mentor_municipality_id")
      .select(["m.id", "m.slug", "m.name", "p.paired_at"])
      .where("p.newcomer_municipality_id", "=", municipalityId)
      .executeTakeFirst(),
    db
      .selectFrom("municipality_pairing as p")
      .innerJoin("municipality as m", "m.id", "p.newcomer_municipality_id")
      .select(["m.id", "m.slug", "m.name", "p.paired_at"])
      .where("p.mentor_municipality_id", "=", municipalityId)
      .orderBy("m.name")
      .execute(),
  ]);
  return { mentor: mentor ?? null, mentees };
}

export async function listPairings(db: DB) {
  return db
    .selectFrom("municipality_pairing as p")
    .innerJoin("municipality as newcomer", "newcomer.id", "p.newcomer_municipality_id")
    .innerJoin("municipality as mentor", "mentor.id", "p.mentor_municipality_id")
    .select([
      "p.newcomer_municipality_id",
      "p.mentor_municipality_id",
      "p.paired_at",
      "newcomer.name as newcomer_name",
      "mentor.name as mentor_name",
    ])
    .orderBy("newcomer.name")
    .execute();
}

export async function pairMunicipalities(
  tx: DB,
  input: { newcomerId: number; mentorId: number; byId: number },
  now = new Date(),
) {
  if (input.newcomerId === input.mentorId) throw new Refusal(municipalityPageCopy.cannotMentorItself);
  await tx
    .insertInto("municipality_pairing")
    .values({
      newcomer_municipality_id: input.newcomerId,
      mentor_municipality_id: input.mentorId,
      paired_at: now.toISOString(),
      paired_by_id: input.byId,
    })
    .onConflict((oc) =>
      oc.column("newcomer_municipality_id").doUpdateSet({
        mentor_municipality_id: input.mentorId,
        paired_at: now.toISOString(),
        paired_by_id: input.byId,
      }),
    )
    .execute();
}

export async function unpairMunicipality(tx: DB, newcomerId: number) {
  await tx.deleteFrom("municipality_pairing").where("newcomer_municipality_id", "=", newcomerId).execute();
}
