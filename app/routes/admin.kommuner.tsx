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
import { municipalitiesAdminCopy } from "../copy/municipalities";

export const meta: MetaFunction = () => [{ title: municipalitiesAdminCopy.title }];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, municipalitiesAdminCopy.dateFormat)
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    municipalitiesAdminCopy.noSuchDate,
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
    return json({ error: first?.message ?? municipalitiesAdminCopy.fillInAll, done: null }, { status: 400 });
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
        {municipalitiesAdminCopy.name}
      </label>
      <input
        id={`${idPrefix}-name`}
        name="name"
        defaultValue={defaults?.name}
        placeholder={municipalitiesAdminCopy.name}
        required
        maxLength={60}
      />
      <label htmlFor={`${idPrefix}-region`} className="visually-hidden">
        {municipalitiesAdminCopy.region}
      </label>
      <input
        id={`${idPrefix}-region`}
        name="region"
        defaultValue={defaults?.region}
        placeholder={municipalitiesAdminCopy.region}
        required
        maxLength={60}
      />
      <label htmlFor={`${idPrefix}-joined`} className="visually-hidden">
        {municipalitiesAdminCopy.joined}
      </label>
      <input id={`${idPrefix}-joined`} name="joinedOn" type="date" defaultValue={defaults?.joined_on} required />
      <label htmlFor={`${idPrefix}-experience`} className="visually-hidden">
        {municipalitiesAdminCopy.experience}
      </label>
      <select id={`${idPrefix}-experience`} name="experience" defaultValue={defaults?.experience_override ?? "auto"}>
        <option value="auto">{municipalitiesAdminCopy.automatic}</option>
        <option value="newcomer">{municipalitiesAdminCopy.alwaysNewcomer(experienceLabels.newcomer)}</option>
        <option value="experienced">{municipalitiesAdminCopy.alwaysExperienced}</option>
      </select>
    </>
  );
}

export default function AdminMunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{municipalitiesAdminCopy.heading}</h1>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}
      <section className="form-card" aria-labelledby="new-municipality">
        <h2 id="new-municipality">{municipalitiesAdminCopy.addHeading}</h2>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="create" />
          <MunicipalityFields idPrefix="new" />
          <button type="submit" className="button button--primary">
            {municipalitiesAdminCopy.add}
          </button>
        </Form>
      </section>
      <h2>{municipalitiesAdminCopy.listHeading}</h2>
      <ul className="admin-rows">
        {municipalities.map((m) => (
          <li key={m.id}>
            <Form method="post" className="row-form" aria-label={`Redigér ${m.name}`}>
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="municipalityId" value={m.id} />
              <MunicipalityFields idPrefix={`m${m.id}`} defaults={m} />
              <span className={`badge badge--experience-${m.experience}`}>{experienceLabels[m.experience]}</span>
              <button type="submit" className="button">
                {municipalitiesAdminCopy.save}
              </button>
            </Form>
          </li>
        ))}
      </ul>
    </>
  );
}
