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
import { TableScroll } from "../../components/table-scroll";
import { listMunicipalityExperience } from "../../models/municipality.server";
import { formatShortMonth } from "../../copy/dates";

export const meta: MetaFunction = () => [{ title: "Nye i netværket – moderation – Tværs" }];

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
  const hours = (value: number) => (value < 48 ? `${Math.round(value)} t` : `${Math.round(value / 24)} d`);
  return (
    <>
      <h1>Nye i netværket</h1>
      <p className="lead">
        Bliver de nyes spørgsmål besvaret, og hvor hurtigt? Her følger moderatorerne op, parrer kommuner og kuraterer
        forløbet «Kom godt i gang».
      </p>
      <FormError message={result?.error} />
      {result?.done ? (
        <p className="form-success" role="status">
          {result.done}
        </p>
      ) : null}

      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">Svartider for spørgsmål fra nye</h2>
        <div className="charts">
          <BarChart
            id="median"
            title="Median tid til første svar"
            bars={data.measures.map((m) => ({ label: m.label, value: m.medianHoursToFirstReply }))}
            format={hours}
          />
          <BarChart
            id="within48"
            title="Andel besvaret inden for 48 timer"
            bars={data.measures.map((m) => ({
              label: m.label,
              value: m.questions ? Math.round(m.answeredWithin48h * 100) : null,
            }))}
            format={(v) => `${v} %`}
          />
          <BarChart
            id="open"
            title="Stadig ubesvarede spørgsmål"
            bars={data.measures.map((m) => ({ label: m.label, value: m.stillOpen }))}
            format={(v) => String(v)}
          />
        </div>
        <TableScroll label="Svartider pr. måned">
          <table className="data-table">
            <caption className="visually-hidden">Svartider pr. måned</caption>
            <thead>
              <tr>
                <th scope="col">Måned</th>
                <th scope="col">Spørgsmål fra nye</th>
                <th scope="col">Median tid til første svar</th>
                <th scope="col">Besvaret inden for 48 timer</th>
                <th scope="col">Stadig ubesvarede</th>
              </tr>
            </thead>
            <tbody>
              {data.measures.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>{m.questions}</td>
                  <td>
                    {m.medianHoursToFirstReply === null
                      ? "–"
                      : `${m.medianHoursToFirstReply.toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} timer`}
                  </td>
                  <td>{m.questions ? `${Math.round(m.answeredWithin48h * 100)} %` : "–"}</td>
                  <td>{m.stillOpen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Ubesvaret i over 48 timer</h2>
        {data.overdue.length === 0 ? (
          <p className="empty">Alle spørgsmål fra nye har fået svar inden for 48 timer.</p>
        ) : (
          <ul className="member-list">
            {data.overdue.map((thread) => (
              <li key={thread.id}>
                <a href={threadPath(thread)}>{thread.title}</a>{" "}
                <span className="muted">
                  – {thread.author_name}, {thread.municipality_name}, spurgt {formatDate(thread.created_at)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pairing-heading">
        <h2 id="pairing-heading">Mentorkommuner</h2>
        <ul className="member-list">
          {data.pairings.map((pairing) => (
            <li key={pairing.newcomer_municipality_id} className="row-form">
              <span>
                <strong>{pairing.newcomer_name}</strong> får hjælp af <strong>{pairing.mentor_name}</strong>{" "}
                <span className="muted">(siden {formatDate(pairing.paired_at)})</span>
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="unpair" />
                <input type="hidden" name="newcomerId" value={pairing.newcomer_municipality_id} />
                <button type="submit" className="link-button">
                  Ophæv
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" className="row-form">
          <input type="hidden" name="intent" value="pair" />
          <label htmlFor="pair-newcomer">Ny kommune</label>
          <select id="pair-newcomer" name="newcomerId">
            {data.newcomerMunicipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <label htmlFor="pair-mentor">Mentorkommune</label>
          <select id="pair-mentor" name="mentorId">
            {data.experiencedMunicipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Par kommunerne
          </button>
        </Form>
      </section>

      <section aria-labelledby="path-heading">
        <h2 id="path-heading">Forløbet «Kom godt i gang»</h2>
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
                  aria-label={`Flyt «${step.title}» op`}
                >
                  Op
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="step-down"
                  className="link-button"
                  disabled={index === data.steps.length - 1}
                  aria-label={`Flyt «${step.title}» ned`}
                >
                  Ned
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="step-delete"
                  className="link-button"
                  aria-label={`Fjern «${step.title}»`}
                >
                  Fjern
                </button>
              </Form>
            </li>
          ))}
        </ol>
        <Form method="post" className="form-card">
          <input type="hidden" name="intent" value="step-add" />
          <div className="field">
            <label htmlFor="step-title">Trin</label>
            <input id="step-title" name="title" required maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor="step-thread">Link til tråd eller Vidensbank-artikel</label>
            <p className="field__hint">
              Indsæt adressen, fx /t/12-skolevaegring eller /vidensbank/underretning-i-chatten.
            </p>
            <input id="step-thread" name="threadUrl" maxLength={300} />
          </div>
          <div className="field">
            <label htmlFor="step-note">Note til de nye</label>
            <input id="step-note" name="note" maxLength={300} />
          </div>
          <button type="submit" className="button button--primary">
            Tilføj trin
          </button>
        </Form>
      </section>

      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">Fremskridt pr. kommune</h2>
        <TableScroll label="Fremskridt pr. kommune">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Kommune</th>
                <th scope="col">Medlemmer</th>
                <th scope="col">Gennemførte trin</th>
              </tr>
            </thead>
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
