import type { Audience, PartnerProfession } from "../../../db/schema-meetings";
import { handbookCopy } from "../../copy/handbook";
import { partnerLabels } from "../../copy/meetings";

export interface AudienceSection {
  id: number;
  audience: Audience;
  partner: PartnerProfession | null;
  bodyHtml: string;
  forViewer?: boolean;
}

export const sectionHeading = (section: { audience: Audience; partner: PartnerProfession | null }) =>
  section.audience === "partners" && section.partner
    ? `${handbookCopy.sectionFor.partners}: ${partnerLabels[section.partner]}`
    : handbookCopy.sectionFor[section.audience];

/** An article's advice per audience, in the order given (the viewer's own first), the stored HTML rendered at write time. */
export function AudienceSections({
  sections,
  headingLevel = 2,
}: {
  sections: AudienceSection[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`maalgruppe-${section.id}`}
          className="audience-section"
          data-audience={section.audience}
        >
          <Heading id={`maalgruppe-${section.id}`}>
            {sectionHeading(section)}
            {section.forViewer ? <span className="badge badge--experience-newcomer">{handbookCopy.forYou}</span> : null}
          </Heading>
          <div className="prose" dangerouslySetInnerHTML={{ __html: section.bodyHtml }} />
        </section>
      ))}
    </>
  );
}
