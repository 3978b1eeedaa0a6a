import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { experienceLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { listMunicipalities } from "../models/municipality.server";
import { ColumnHeads, TableScroll } from "../components/table-scroll";
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
          <ColumnHeads
            columns={[
              municipalitiesCopy.municipality,
              municipalitiesCopy.region,
              municipalitiesCopy.joined,
              municipalitiesCopy.experience,
              municipalitiesCopy.members,
            ]}
          />
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
