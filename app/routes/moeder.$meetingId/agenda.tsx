import { Form, Link } from "@remix-run/react";
import type { AgendaItemView } from "../../models/agenda.server";
import { formatClock } from "../../copy/meeting-dates";
import { meetingCopy } from "../../copy/meetings";
import { threadPath } from "../../models/thread-path";

type ScheduledItem = AgendaItemView & { startsAt: string };

/**
 * The agenda in order, with clock times; moderators get ordering and planning
 * controls on each item. Printed, each thread link is followed by its full
 * address (`origin` + path, from data-print-href in the print stylesheet).
 */
export function Agenda({ items, moderator, origin }: { items: ScheduledItem[]; moderator: boolean; origin: string }) {
  return (
    <ol className="agenda">
      {items.map((item, index) => (
        <li key={item.id} id={`punkt-${item.id}`} className="agenda__item">
          <div className="agenda__time">{formatClock(item.startsAt)}</div>
          <div className="agenda__body">
            <h3>
              {item.thread ? (
                <Link to={threadPath(item.thread)} data-print-href={`${origin}${threadPath(item.thread)}`}>
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </h3>
            {item.description ? <p>{item.description}</p> : null}
            <p className="muted">
              {[
                item.durationMinutes ? `${item.durationMinutes} min.` : null,
                item.presenter ? `${meetingCopy.presenter}: ${item.presenter}` : null,
                item.thread ? `${meetingCopy.fromThread}: ${item.thread.title}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {moderator ? (
              <div className="agenda__controls no-print">
                <Form method="post" className="inline-form">
                  <input type="hidden" name="itemId" value={item.id} />
                  <input type="hidden" name="intent" value="move" />
                  <button
                    type="submit"
                    name="direction"
                    value="up"
                    className="button button--small"
                    disabled={index === 0}
                    aria-label={`${meetingCopy.moveUp}: ${item.title}`}
                  >
                    ↑ {meetingCopy.moveUp}
                  </button>
                  <button
                    type="submit"
                    name="direction"
                    value="down"
                    className="button button--small"
                    disabled={index === items.length - 1}
                    aria-label={`${meetingCopy.moveDown}: ${item.title}`}
                  >
                    ↓ {meetingCopy.moveDown}
                  </button>
                </Form>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="itemId" value={item.id} />
                  <label htmlFor={`minutter-${item.id}`}>{meetingCopy.minutes}</label>
                  <input
                    id={`minutter-${item.id}`}
                    name="durationMinutes"
                    type="number"
                    min={1}
                    max={480}
                    defaultValue={item.durationMinutes ?? ""}
                    className="input--narrow"
                  />
                  <label htmlFor={`oplaeg-${item.id}`}>{meetingCopy.presenter}</label>
                  <input id={`oplaeg-${item.id}`} name="presenter" maxLength={120} defaultValue={item.presenter} />
                  <button type="submit" name="intent" value="plan" className="button button--small">
                    {meetingCopy.savePlan}
                  </button>
                </Form>
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** Proposed (and, for their proposer and moderators, declined) items; members support, moderators decide. */
export function Proposals({ items, moderator, open }: { items: AgendaItemView[]; moderator: boolean; open: boolean }) {
  if (items.length === 0) return <p className="empty">{meetingCopy.noProposals}</p>;
  return (
    <ul className="proposals">
      {items.map((item) => (
        <li key={item.id} id={`punkt-${item.id}`} className="proposal">
          <h3>{item.thread ? <Link to={threadPath(item.thread)}>{item.title}</Link> : item.title}</h3>
          {item.description ? <p>{item.description}</p> : null}
          <p className="muted">
            {meetingCopy.status[item.status]}
            {item.proposer ? ` · ${item.proposer.name}` : ""} · {meetingCopy.supporters(item.supporters)}
          </p>
          {item.status === "declined" ? <p className="notice">{meetingCopy.declined(item.declineReason)}</p> : null}
          {open && item.status === "proposed" ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="itemId" value={item.id} />
              <button
                type="submit"
                name="intent"
                value="support"
                className="button button--small"
                aria-pressed={item.supportedByViewer}
              >
                {item.supportedByViewer ? meetingCopy.unsupport : meetingCopy.support}
              </button>
            </Form>
          ) : null}
          {moderator && item.status === "proposed" ? (
            <div className="proposal__decide">
              <Form method="post" className="inline-form">
                <input type="hidden" name="itemId" value={item.id} />
                <button type="submit" name="intent" value="accept" className="button button--small button--primary">
                  {meetingCopy.accept}
                </button>
              </Form>
              <Form method="post" className="inline-form">
                <input type="hidden" name="itemId" value={item.id} />
                <label htmlFor={`afvis-${item.id}`}>{meetingCopy.declineReason}</label>
                <input id={`afvis-${item.id}`} name="reason" maxLength={500} required />
                <button type="submit" name="intent" value="decline" className="button button--small">
                  {meetingCopy.decline}
                </button>
              </Form>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
