import { Form } from "@remix-run/react";
import { Field, FormError } from "../../components/forms/field";
import { meetingCopy, meetingFormCopy } from "../../copy/meetings";
import type { MeetingActionResult } from "./meeting-actions.server";

/** "Foreslå et punkt": free text, or prefilled from a thread (?traad= on /moeder/foreslaa). */
export function ProposalForm({
  result,
  thread,
}: {
  result: MeetingActionResult | null;
  thread?: { id: number; title: string };
}) {
  const mine = result?.intent === "propose" ? result : null;
  const errors = mine?.fieldErrors ?? {};
  return (
    <Form method="post" noValidate className="form-card" id="foreslaa">
      <h3>{meetingCopy.propose}</h3>
      <p className="muted">{meetingCopy.proposeHint}</p>
      {mine?.done ? (
        <p className="form-success" role="status">
          {mine.done}
        </p>
      ) : null}
      <FormError message={mine?.error ?? null} />
      {thread ? <input type="hidden" name="threadId" value={thread.id} /> : null}
      <Field
        label={meetingFormCopy.proposalTitle}
        name="title"
        required
        maxLength={150}
        defaultValue={mine && !mine.done ? mine.values.title : (thread?.title ?? "")}
        error={errors.title}
      />
      <div className={errors.description ? "field field--invalid" : "field"}>
        <label htmlFor="felt-forslag-beskrivelse">{meetingFormCopy.proposalDescription}</label>
        <textarea
          id="felt-forslag-beskrivelse"
          name="description"
          rows={3}
          maxLength={2_000}
          defaultValue={mine && !mine.done ? mine.values.description : ""}
          aria-invalid={errors.description ? true : undefined}
        />
        {errors.description ? (
          <p className="field__error" role="alert">
            {errors.description[0]}
          </p>
        ) : null}
      </div>
      {mine?.personalDataWarning ? (
        <div className="notice" role="alert">
          <p>{mine.personalDataWarning}</p>
          <label className="radio">
            <input type="checkbox" name="confirmPersonalData" value="yes" /> Gem alligevel
          </label>
        </div>
      ) : null}
      <button type="submit" name="intent" value="propose" className="button button--primary">
        {meetingCopy.propose}
      </button>
    </Form>
  );
}
