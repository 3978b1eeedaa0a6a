import { Form } from "@remix-run/react";
import { Field, FormError } from "../forms/field";
import { meetingFormCopy } from "../../copy/meetings";

export interface MeetingFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  hostMunicipalityId: string;
  description: string;
}

type Errors = Partial<Record<keyof MeetingFormValues, string[] | undefined>>;

/** Create and edit share this form; times are Copenhagen wall-clock time. */
export function MeetingForm({
  values,
  errors,
  error,
  municipalities,
  submitLabel,
}: {
  values: MeetingFormValues;
  errors: Errors;
  error: string | null;
  municipalities: { id: number; name: string }[];
  submitLabel: string;
}) {
  return (
    <Form method="post" noValidate className="form-card">
      <FormError message={error ?? (Object.keys(errors).length > 0 ? meetingFormCopy.notSaved : null)} />
      <Field
        label={meetingFormCopy.title}
        name="title"
        required
        maxLength={150}
        defaultValue={values.title}
        error={errors.title}
        hint={meetingFormCopy.titleHint}
      />
      <div className="field-row">
        <Field
          label={meetingFormCopy.date}
          name="date"
          type="date"
          required
          defaultValue={values.date}
          error={errors.date}
        />
        <Field
          label={meetingFormCopy.starts}
          name="startTime"
          type="time"
          required
          defaultValue={values.startTime}
          error={errors.startTime}
          hint={meetingFormCopy.startsHint}
        />
        <Field
          label={meetingFormCopy.ends}
          name="endTime"
          type="time"
          required
          defaultValue={values.endTime}
          error={errors.endTime}
        />
      </div>
      <Field
        label={meetingFormCopy.place}
        name="place"
        maxLength={200}
        defaultValue={values.place}
        error={errors.place}
        hint={meetingFormCopy.placeHint}
      />
      <Field
        label={meetingFormCopy.onlineUrl}
        name="onlineUrl"
        type="url"
        maxLength={500}
        defaultValue={values.onlineUrl}
        error={errors.onlineUrl}
        hint={meetingFormCopy.onlineUrlHint}
      />
      <div className="field">
        <label htmlFor="felt-vaert">{meetingFormCopy.host}</label>
        <select id="felt-vaert" name="hostMunicipalityId" defaultValue={values.hostMunicipalityId}>
          <option value="">{meetingFormCopy.noHost}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name}
            </option>
          ))}
        </select>
      </div>
      <div className={errors.description ? "field field--invalid" : "field"}>
        <label htmlFor="felt-beskrivelse">{meetingFormCopy.description}</label>
        <textarea
          id="felt-beskrivelse"
          name="description"
          rows={4}
          maxLength={4_000}
          defaultValue={values.description}
          aria-invalid={errors.description ? true : undefined}
        />
        {errors.description ? (
          <p className="field__error" role="alert">
            {errors.description[0]}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary">
        {submitLabel}
      </button>
    </Form>
  );
}

export function meetingFormValues(form: FormData): MeetingFormValues {
  const text = (name: string, max: number) => String(form.get(name) ?? "").slice(0, max);
  return {
    title: text("title", 500),
    date: text("date", 20),
    startTime: text("startTime", 10),
    endTime: text("endTime", 10),
    place: text("place", 1_000),
    onlineUrl: text("onlineUrl", 1_000),
    hostMunicipalityId: text("hostMunicipalityId", 20),
    description: text("description", 6_000),
  };
}
