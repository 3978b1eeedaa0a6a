import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { experienceLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { listMunicipalities } from "../models/municipality.server";
import { TableScroll } from "../components/table-scroll";
import { municipalitiesCopy } from "../copy/municipalities";

export const meta: MetaFunction = () => [{ title: municipalitiesCopy.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  return json({ municipalities: await listMunicipalities(getDb()) });
}

export default function MunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{municipalitiesCopy.heading}</h1>
      <p className="lead">{municipalitiesCopy.lead(municipalities.length)}</p>
      <TableScroll label={municipalitiesCopy.heading}>
        <table className="data-table">
          <caption className="visually-hidden">{municipalitiesCopy.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{municipalitiesCopy.municipality}</th>
              <th scope="col">{municipalitiesCopy.region}</th>
              <th scope="col">{municipalitiesCopy.joined}</th>
              <th scope="col">{municipalitiesCopy.experience}</th>
              <th scope="col">{municipalitiesCopy.members}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.slug}>
                <th scope="row">
                  <Link to={`/kommune/${m.slug}`}>{m.name}</Link>
                </th>
                <td>{m.region}</td>
                <td>{formatLongDate(m.joined_on)}</td>
                <td>
                  <span className={`badge badge--experience-${m.experience}`}>{experienceLabels[m.experience]}</span>
                </td>
                <td>{m.member_count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
