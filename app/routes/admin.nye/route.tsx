import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../../auth/guards.server";
import { BarChart } from "../../components/bar-chart";
import { FormError } from "../../components/forms/field";
import { formatDate, formatMonth } from "../../copy/dates";
import { getDb } from "../../db.server";
import { municipalityExperience } from "../../models/experience";
import { listOverdueNewcomerQuestions } from "../../models/mentoring.server";
import { newcomerMeasures } from "../../models/newcomer-measures.server";
import { listOnboardingSteps, onboardingProgressByMunicipality } from "../../models/onboarding.server";
import { listPairings } from "../../models/pairing.server";
import { handleNewcomerAdminAction } from "./actions.server";
import { threadPath } from "../../models/thread-path";
import { ColumnHeads, TableScroll } from "../../components/table-scroll";
import { listMunicipalityExperience } from "../../models/municipality.server";
import { formatShortMonth } from "../../copy/dates";
import { newcomersAdminCopy } from "../../copy/admin-newcomers";

export const meta: MetaFunction = () => [{ title: newcomersAdminCopy.title }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireModerator(request);
  const db = getDb();
  const [measures, overdue, pairings, steps, progress, municipalities] = await Promise.all([
    newcomerMeasures(db, { months: 6 }),
    listOverdueNewcomerQuestions(db),
    listPairings(db),
    listOnboardingSteps(db, null),
    onboardingProgressByMunicipality(db),
    listMunicipalityExperience(db),
  ]);
  const withExperience = municipalities;
  return json({
    measures: measures.map((m) => ({ ...m, label: formatShortMonth(m.month) })),
    overdue,
    pairings,
    steps,
    progress: {
      totalSteps: progress.totalSteps,
      rows: progress.rows.filter((row) => municipalityExperience(row) === "newcomer" || row.done > 0),
    },
    newcomerMunicipalities: withExperience.filter((m) => m.experience === "newcomer"),
    experiencedMunicipalities: withExperience.filter((m) => m.experience === "experienced"),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireModerator(request);
  return handleNewcomerAdminAction(request, member);
}

export default function NewcomerFollowUp() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const hours = newcomersAdminCopy.hours;
  return (
    <>
      <h1>{newcomersAdminCopy.heading}</h1>
      <p className="lead">{newcomersAdminCopy.lead}</p>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}

      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">{newcomersAdminCopy.responseTimesHeading}</h2>
        <div className="charts">
          <BarChart
            id="median"
            title={newcomersAdminCopy.medianToFirstReply}
            bars={data.measures.map((m) => ({ label: m.label, value: m.medianHoursToFirstReply }))}
            format={hours}
          />
          <BarChart
            id="within48"
            title={newcomersAdminCopy.shareAnsweredWithin48h}
            bars={data.measures.map((m) => ({
              label: m.label,
              value: m.questions ? Math.round(m.answeredWithin48h * 100) : null,
            }))}
            format={(v) => `${v} %`}
          />
          <BarChart
            id="open"
            title={newcomersAdminCopy.stillUnansweredQuestions}
            bars={data.measures.map((m) => ({ label: m.label, value: m.stillOpen }))}
            format={(v) => String(v)}
          />
        </div>
        <TableScroll label={newcomersAdminCopy.responseTimesByMonth}>
          <table className="data-table">
            <caption className="visually-hidden">{newcomersAdminCopy.responseTimesByMonth}</caption>
            <ColumnHeads
              columns={[
                newcomersAdminCopy.month,
                newcomersAdminCopy.newcomerQuestions,
                newcomersAdminCopy.medianToFirstReply,
                newcomersAdminCopy.answeredWithin48h,
                newcomersAdminCopy.stillUnanswered,
              ]}
            />
            <tbody>
              {data.measures.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>{m.questions}</td>
                  <td>
                    {m.medianHoursToFirstReply === null
                      ? newcomersAdminCopy.none
                      : newcomersAdminCopy.medianHours(m.medianHoursToFirstReply)}
                  </td>
                  <td>{m.questions ? newcomersAdminCopy.percent(m.answeredWithin48h) : newcomersAdminCopy.none}</td>
                  <td>{m.stillOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">{newcomersAdminCopy.overdueHeading}</h2>
        {data.overdue.length === 0 ? (
          <p className="empty">{newcomersAdminCopy.noneOverdue}</p>
        ) : (
          <ul className="member-list">
            {data.overdue.map((thread) => (
              <li key={thread.id}>
                <a href={threadPath(thread)}>{thread.title}</a>{" "}
                <span className="muted">
                  – {thread.author_name}, {thread.municipality_name},{" "}
                  {newcomersAdminCopy.asked(formatDate(thread.created_at))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pairing-heading">
        <h2 id="pairing-heading">{newcomersAdminCopy.pairingHeading}</h2>
        <ul className="member-list">
          {data.pairings.map((pairing) => (
            <li key={pairing.newcomer_municipality_id} className="row-form">
              <span>
                <strong>{pairing.newcomer_name}</strong>
                {newcomersAdminCopy.helpedBy}
                <strong>{pairing.mentor_name}</strong>{" "}
                <span className="muted">{newcomersAdminCopy.since(formatDate(pairing.paired_at))}</span>
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="unpair" />
                <input type="hidden" name="newcomerId" value={pairing.newcomer_municipality_id} />
                <button type="submit" className="link-button">
                  {newcomersAdminCopy.unpair}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="pair" />
          <label htmlFor="pair-newcomer">{newcomersAdminCopy.newcomerMunicipality}</label>
          <select id="pair-newcomer" name="newcomerId">
            {data.newcomerMunicipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <label htmlFor="pair-mentor">{newcomersAdminCopy.mentorMunicipality}</label>
          <select id="pair-mentor" name="mentorId">
            {data.experiencedMunicipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {newcomersAdminCopy.pair}
          </button>
        </Form>
      </section>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{newcomersAdminCopy.pathHeading}</h2>
        <ol className="onboarding__steps">
          {data.steps.map((step, index) => (
            <li key={step.id} className="onboarding__step">
              <div>
                <strong>
                  {step.article ? (
                    <a href={`/vidensbank/${step.article.slug}`}>{step.title}</a>
                  ) : step.thread ? (
                    <a href={threadPath(step.thread)}>{step.title}</a>
                  ) : (
                    step.title
                  )}
                </strong>
                {step.note ? <p className="muted">{step.note}</p> : null}
              </div>
              <Form method="post" className="row-form">
                <input type="hidden" name="stepId" value={step.id} />
                <button
                  type="submit"
                  name="intent"
                  value="step-up"
                  className="link-button"
                  disabled={index === 0}
                  aria-label={newcomersAdminCopy.moveUp(step.title)}
                >
                  {newcomersAdminCopy.up}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="step-down"
                  className="link-button"
                  disabled={index === data.steps.length - 1}
                  aria-label={newcomersAdminCopy.moveDown(step.title)}
                >
                  {newcomersAdminCopy.down}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="step-delete"
                  className="link-button"
                  aria-label={newcomersAdminCopy.removeStep(step.title)}
                >
                  {newcomersAdminCopy.remove}
                </button>
              </Form>
            </li>
          ))}
        </ol>
        <Form method="post" className="form-card">
          <input type="hidden" name="intent" value="step-add" />
          <div className="field">
            <label htmlFor="step-title">{newcomersAdminCopy.step}</label>
            <input id="step-title" name="title" required maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor="step-thread">{newcomersAdminCopy.stepLink}</label>
            <p className="field__hint">{newcomersAdminCopy.stepLinkHint}</p>
            <input id="step-thread" name="threadUrl" maxLength={300} />
          </div>
          <div className="field">
            <label htmlFor="step-note">{newcomersAdminCopy.stepNote}</label>
            <input id="step-note" name="note" maxLength={300} />
          </div>
          <button type="submit" className="button button--primary">
            {newcomersAdminCopy.addStep}
          </button>
        </Form>
      </section>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{newcomersAdminCopy.progressHeading}</h2>
        <TableScroll label={newcomersAdminCopy.progressHeading}>
          <table className="data-table">
            <ColumnHeads
              columns={[newcomersAdminCopy.municipality, newcomersAdminCopy.members, newcomersAdminCopy.stepsDone]}
            />
            <tbody>
              {data.progress.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{row.name}</th>
                  <td>{row.members}</td>
                  <td>
                    {row.done} af {row.members * data.progress.totalSteps}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
