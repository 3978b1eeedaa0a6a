import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { experienceLabels } from "../copy/da";
import { formatLongDate } from "../copy/dates";
import { getDb } from "../db.server";
import { listMunicipalities } from "../models/municipality.server";
import { TableScroll } from "../components/table-scroll";

export const meta: MetaFunction = () => [{ title: "Kommuner i netværket – Tværs" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  return json({ municipalities: await listMunicipalities(getDb()) });
}

export default function MunicipalitiesPage() {
  const { municipalities } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Kommuner i netværket</h1>
      <p className="lead">{municipalities.length} kommuner har en ungeside på Cyberhus og deler erfaringer her.</p>
      <TableScroll label="Kommuner i netværket">
        <table className="data-table">
          <caption className="visually-hidden">Kommuner med region, indmeldelse og erfaring</caption>
          <thead>
            <tr>
              <th scope="col">Kommune</th>
              <th scope="col">Region</th>
              <th scope="col">Med i netværket siden</th>
              <th scope="col">Erfaring</th>
              <th scope="col">Medlemmer</th>
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
