import { Link } from "@remix-run/react";
import type { Experience, Track } from "../../../db/schema";
import { experienceLabels, trackDescriptions, trackLabels } from "../../copy/da";
import { welcomeCopy } from "../../copy/pages";
import { NEWCOMER_MONTHS } from "../../models/experience";

const TRACKS: Track[] = ["newcomer", "experienced", "shared"];

/**
 * What a colleague who has just accepted an invitation sees on the front page (/?velkommen=1).
 * Closing it is a plain link to the front page, so it works without JavaScript.
 */
export function WelcomePanel({ experience }: { experience: Experience }) {
  const newcomer = experience === "newcomer";
  return (
    <section className="panel welcome" aria-labelledby="welcome-heading">
      <div className="welcome__head">
        <h2 id="welcome-heading">{welcomeCopy.heading}</h2>
        <Link to="/" className="welcome__close" preventScrollReset>
          {welcomeCopy.dismiss}
        </Link>
      </div>
      <p>{welcomeCopy.intro}</p>
      <ol className="welcome__steps">
        <li>
          <h3>{welcomeCopy.profileTitle}</h3>
          <p>
            {welcomeCopy.profileText} <Link to="/profil">{welcomeCopy.profileLink}</Link>
          </p>
        </li>
        <li>
          <h3>{welcomeCopy.experienceTitle}</h3>
          <p>{welcomeCopy.experienceText(experienceLabels[experience], NEWCOMER_MONTHS)}</p>
        </li>
        {newcomer ? (
          <li>
            <h3>{welcomeCopy.onboardingTitle}</h3>
            <p>
              {welcomeCopy.onboardingText} <Link to="/kom-godt-i-gang">{welcomeCopy.onboardingLink}</Link>
            </p>
          </li>
        ) : null}
        <li>
          <h3>{welcomeCopy.tracksTitle}</h3>
          <p>{welcomeCopy.tracksText}</p>
          <dl className="welcome__tracks">
            {TRACKS.map((track) => (
              <div key={track}>
                <dt>
                  <span className={`badge badge--${track}`}>{trackLabels[track]}</span>
                </dt>
                <dd>{trackDescriptions[track]}</dd>
              </div>
            ))}
          </dl>
          {newcomer ? <p>{welcomeCopy.tracksNewcomerNote}</p> : null}
        </li>
      </ol>
    </section>
  );
}
