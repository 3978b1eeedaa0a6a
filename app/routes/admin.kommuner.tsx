import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireAdmin } from "../auth/guards.server";
import { FormError } from "../components/forms/field";
import { experienceLabels } from "../copy/da";
import { getDb } from "../db.server";
import { lineField } from "../forms/profile-fields";
import { saveMunicipality } from "../models/municipality-admin.server";
import { listMunicipalities } from "../models/municipality.server";
import { readForm } from "../forms/read-form.server";
import { isRefusal } from "../refusal";
import { refusalResponse, refusalResult } from "../refusal.server";
import { fieldNames } from "../copy/forms";

export const meta: MetaFunction = () => [{ title: "Kommuner – administration – Tværs" }];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Skriv datoen som ÅÅÅÅ-MM-DD.")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "Datoen findes ikke.",
  );

const municipalityFields = {
  name: lineField({ label: fieldNames.name, min: 2, max: 60 }),
  region: lineField({ label: fieldNames.region, min: 2, max: 60 }),
  joinedOn: isoDay,
  experience: z.enum(["auto", "newcomer", "experienced"]),
};

const changeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), ...municipalityFields }),
  z.object({ intent: z.literal("update"), municipalityId: z.coerce.number().int().positive(), ...municipalityFields }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ municipalities: await listMunicipalities(getDb()) });
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const parsed = changeSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return json({ error: first?.message ?? "Udfyld alle felter.", done: null }, { status: 400 });
  }
  const change = parsed.data;
  try {
    await saveMunicipality(getDb(), {
      actorId: admin.id,
      municipalityId: change.intent === "update" ? change.municipalityId : undefined,
      fields: change,
    });
  } catch (error) {
    if (isRefusal(error) && error.status === 404) throw refusalResponse(error);
    if (isRefusal(error)) return refusalResult(error, { done: null });
    throw error;
  }
  return json({ error: null, done: `${change.name} er gemt.` });
}

function MunicipalityFields({
  idPrefix,
  defaults,
}: {
  idPrefix: string;
  defaults?: { name: string; region: string; joined_on: string; experience_override: string | null };
}) {
  return (
    <>
      <label htmlFor={`${idPrefix}-name`} className="visually-hidden">
        Navn
      </label>
      <input
        id={`${idPrefix}-name`}
        name="name"
        defaultValue={defaults?.name}
        placeholder="Navn"
        required
        maxLength={60}
      />
      <label htmlFor={`${idPrefix}-region`} className="visually-hidden">
        Region
      </label>
      <input
        id={`${idPrefix}-region`}
        name="region"
        defaultValue={defaults?.region}
        placeholder="Region"
        required
        maxLength={60}
      />
      <label htmlFor={`${idPrefix}-joined`} className="visually-hidden">
        Med i netværket siden
      </label>
      <input id={`${idPrefix}-joined`} name="joinedOn" type="date" defaultValue={defaults?.joined_on} required />
      <label htmlFor={`${idPrefix}-experience`} className="visually-hidden">
        Erfaring
      </label>
      <select id={`${idPrefix}-experience`} name="experience" defaultValue={defaults?.experience_override ?? "auto"}>
        <option value="auto">Automatisk (ny de første 12 måneder)</option>
        <option value="newcomer">Altid {experienceLabels.newcomer.toLowerCase()}</option>
        <option value="experienced">Altid erfaren</option>
      </select>
    </>
  );
}

export default function AdminMunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>Kommuner</h1>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}
      <section className="form-card" aria-labelledby="new-municipality">
        <h2 id="new-municipality">Tilføj en kommune</h2>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="create" />
          <MunicipalityFields idPrefix="new" />
          <button type="submit" className="button button--primary">
            Tilføj
          </button>
        </Form>
      </section>
      <h2>Kommuner i netværket</h2>
      <ul className="admin-rows">
        {municipalities.map((m) => (
          <li key={m.id}>
            <Form method="post" className="row-form" aria-label={`Redigér ${m.name}`}>
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="municipalityId" value={m.id} />
              <MunicipalityFields idPrefix={`m${m.id}`} defaults={m} />
              <span className={`badge badge--experience-${m.experience}`}>{experienceLabels[m.experience]}</span>
              <button type="submit" className="button">
                Gem
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </>
  );
}
