import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireAdmin } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { formatDateTime } from "../copy/dates";
import { getDb } from "../db.server";
import { listAdminEvents } from "../models/admin-event.server";
import { readPage } from "../models/pagination";

export const meta: MetaFunction = () => [{ title: "Ændringslog – Tværs" }];

const PER_PAGE = 50;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const page = readPage(new URL(request.url), PER_PAGE);
  const events = await listAdminEvents(getDb(), { limit: PER_PAGE + 1, offset: page.offset });
  return json({ events: events.slice(0, PER_PAGE), page: page.page, hasMore: events.length > PER_PAGE });
}

export default function AdminLogPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Ændringslog</h1>
      <p className="muted">Alle ændringer foretaget af administratorer og moderatorer. Loggen kan ikke redigeres.</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Hvem</th>
            <th scope="col">Handling</th>
            <th scope="col">Mål</th>
            <th scope="col">Detaljer</th>
          </tr>
        </thead>
        <tbody>
          {data.events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.created_at)}</td>
              <td>{event.actor_name ?? "System"}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>
                {event.target_type} {event.target_id ?? ""}
              </td>
              <td>
                <code>{event.detail}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={data.page} pages={data.hasMore ? data.page + 1 : data.page} />
    </>
  );
}
