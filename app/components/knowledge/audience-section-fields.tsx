import type { Audience } from "../../../db/schema-meetings";
import { handbookCopy } from "../../copy/handbook";
import { partnerLabels } from "../../copy/meetings";

const AUDIENCES: Audience[] = ["leaders", "practitioners", "partners"];
const PARTNERS = ["uu", "jobcenter", "ssp", "skole", "socialforvaltning"] as const;

/** The article form's sections for leaders, practitioners and partners (field names as read by article-section.server.ts). */
export function AudienceSectionFields({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <fieldset className="field">
      <legend>{handbookCopy.sectionsHeading}</legend>
      <p className="field__hint">{handbookCopy.sectionsHint}</p>
      {AUDIENCES.map((audience) => {
        const name = `section-${audience}`;
        const error = errors[name]?.[0];
        return (
          <div key={audience} className={error ? "field field--invalid" : "field"}>
            <label htmlFor={`felt-${name}`}>{handbookCopy.fieldLabel[audience]}</label>
            <textarea
              id={`felt-${name}`}
              name={name}
              rows={5}
              defaultValue={values[name] ?? ""}
              aria-invalid={error ? true : undefined}
            />
            {error ? (
              <p className="field__error" role="alert">
                {error}
              </p>
            ) : null}
            {audience === "partners" ? (
              <>
                <label htmlFor="felt-section-partner">{handbookCopy.partnerProfession}</label>
                <select
                  id="felt-section-partner"
                  name="section-partner"
                  defaultValue={values["section-partner"] ?? ""}
                  aria-invalid={errors["section-partner"] ? true : undefined}
                >
                  <option value="">{handbookCopy.allPartners}</option>
                  {PARTNERS.map((partner) => (
                    <option key={partner} value={partner}>
                      {partnerLabels[partner]}
                    </option>
                  ))}
                </select>
                {errors["section-partner"] ? (
                  <p className="field__error" role="alert">
                    {errors["section-partner"][0]}
                  </p>
                ) : null}
              </>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
