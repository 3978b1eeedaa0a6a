import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireAdmin } from "../auth/guards.server";
import { Pagination } from "../components/pagination";
import { formatDateTime } from "../copy/dates";
import { redactionCopy } from "../copy/redaction";
import { getDb } from "../db.server";
import { adminEventFilterOptions, listAdminEvents, type AdminEventFilter } from "../models/admin-event.server";
import { describeAdminEvents, type LogDetailRow, type LogValue } from "../models/admin-log.server";
import { adminActionLabel, adminLogCopy, adminTargetLabels } from "../copy/admin-log";
import { readPage } from "../models/pagination";
import { ColumnHeads, TableScroll } from "../components/table-scroll";
import { adminLogPageCopy } from "../copy/admin-log";

export const meta: MetaFunction = () => [{ title: adminLogPageCopy.title }];

const PER_PAGE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readFilter(params: URLSearchParams): AdminEventFilter {
  const actor = params.get("hvem") ?? "";
  const action = params.get("handling") ?? "";
  const target = params.get("maal") ?? "";
  return {
    action: /^[a-z_.]{1,60}$/.test(action) ? action : undefined,
    actorId: /^[1-9]\d{0,9}$/.test(actor) ? Number(actor) : undefined,
    targetType: /^[a-z_]{1,30}$/.test(target) ? target : undefined,
    from: DAY.test(params.get("fra") ?? "") ? (params.get("fra") ?? undefined) : undefined,
    to: DAY.test(params.get("til") ?? "") ? (params.get("til") ?? undefined) : undefined,
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const filter = readFilter(params);
  const page = readPage(new URL(request.url), PER_PAGE);
  const db = getDb();
  const [events, options] = await Promise.all([
    listAdminEvents(db, filter, { limit: PER_PAGE + 1, offset: page.offset }),
    adminEventFilterOptions(db),
  ]);
  return json({
    events: await describeAdminEvents(db, events.slice(0, PER_PAGE)),
    page: page.page,
    hasMore: events.length > PER_PAGE,
    filter,
    options: {
      actions: options.actions
        .map((action) => ({ value: action, label: adminActionLabel(action) }))
        .sort((a, b) => a.label.localeCompare(b.label, "da")),
      actors: options.actors,
    },
  });
}

function LogValueView({ value }: { value: LogValue }) {
  return value.href ? <a href={value.href}>{value.text}</a> : <>{value.text}</>;
}

function LogDetails({ rows }: { rows: LogDetailRow[] }) {
  if (rows.length === 0) return null;
  return (
    <dl className="log-detail">
      {rows.map((row, index) => (
        <div key={index}>
          <dt>{row.label}</dt>
          {row.value ? (
            <dd>
              <LogValueView value={row.value} />
            </dd>
          ) : (
            <dd>
              <span className="log-detail__before">
                <span className="visually-hidden">{adminLogCopy.before}: </span>
                {row.before ? <LogValueView value={row.before} /> : adminLogCopy.none}
              </span>{" "}
              <span aria-hidden="true">→</span>{" "}
              <span className="log-detail__after">
                <span className="visually-hidden">{adminLogCopy.after}: </span>
                {row.after ? <LogValueView value={row.after} /> : adminLogCopy.none}
              </span>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

export default function AdminLogPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{adminLogPageCopy.heading}</h1>
      <p className="muted">{redactionCopy.adminLogIntro}</p>
      <Form method="get" className="row-form form-card">
        <label htmlFor="log-handling">{adminLogPageCopy.action}</label>
        <select id="log-handling" name="handling" defaultValue={data.filter.action ?? ""}>
          <option value="">{adminLogPageCopy.all}</option>
          {data.options.actions.map((action) => (
            <option key={action.value} value={action.value}>
              {action.label}
            </option>
          ))}
        </select>
        <label htmlFor="log-hvem">{adminLogPageCopy.who}</label>
        <select id="log-hvem" name="hvem" defaultValue={data.filter.actorId ? String(data.filter.actorId) : ""}>
          <option value="">{adminLogPageCopy.all}</option>
          {data.options.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.display_name}
            </option>
          ))}
        </select>
        <label htmlFor="log-maal">{adminLogPageCopy.target}</label>
        <select id="log-maal" name="maal" defaultValue={data.filter.targetType ?? ""}>
          <option value="">{adminLogPageCopy.all}</option>
          {Object.entries(adminTargetLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="log-fra">{adminLogPageCopy.from}</label>
        <input id="log-fra" name="fra" type="date" defaultValue={data.filter.from ?? ""} />
        <label htmlFor="log-til">{adminLogPageCopy.to}</label>
        <input id="log-til" name="til" type="date" defaultValue={data.filter.to ?? ""} />
        <button type="submit" className="button">
          {adminLogPageCopy.filter}
        </button>
      </Form>
      <TableScroll label={adminLogPageCopy.changes}>
        <table className="data-table admin-log">
          <ColumnHeads
            columns={[
              adminLogPageCopy.when,
              adminLogPageCopy.who,
              adminLogPageCopy.action,
              adminLogPageCopy.what,
              adminLogPageCopy.details,
            ]}
          />
          <tbody>
            {data.events.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                </td>
                <td>
                  <LogValueView value={event.actor} />
                </td>
                <td>{event.actionLabel}</td>
                <td>
                  <span className="muted">{event.target.kind}:</span> <LogValueView value={event.target} />
                </td>
                <td>
                  <LogDetails rows={event.details} />
                  {event.scrubbedAt ? (
                    <span className="muted"> {redactionCopy.scrubbedNote(formatDateTime(event.scrubbedAt))}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {data.events.length === 0 ? <p className="empty">{adminLogPageCopy.noneMatch}</p> : null}
      <Pagination page={data.page} pages={data.hasMore ? data.page + 1 : data.page} />
    </>
  );
}
