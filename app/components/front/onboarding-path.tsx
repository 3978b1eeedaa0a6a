import { Form, useLocation } from "@remix-run/react";
import type { OnboardingStep } from "../../models/onboarding.server";
import { threadPath } from "../../models/thread-path";
import { onboardingCopy } from "../../copy/onboarding";
import { CheckIcon } from "../icons";

function stepLink(step: OnboardingStep) {
  if (step.article) return <a href={`/vidensbank/${step.article.slug}`}>{step.title}</a>;
  if (step.thread) return <a href={threadPath(step.thread)}>{step.title}</a>;
  return step.title;
}

/** "Kom godt i gang": the curated steps with the member's own progress. */
export function OnboardingPath({ steps, compact = false }: { steps: OnboardingStep[]; compact?: boolean }) {
  const { pathname } = useLocation();
  if (steps.length === 0) return <p className="empty">{onboardingCopy.empty}</p>;
  const done = steps.filter((step) => step.done).length;
  return (
    <div className="onboarding">
      <p className="onboarding__progress">
        <progress max={steps.length} value={done} aria-label={onboardingCopy.progressLabel} />{" "}
        {onboardingCopy.progress(done, steps.length)}
      </p>
      <ol className="onboarding__steps">
        {steps.map((step) => (
          <li key={step.id} className={step.done ? "onboarding__step onboarding__step--done" : "onboarding__step"}>
            <div>
              <strong>{stepLink(step)}</strong>
              {!compact && step.note ? <p className="muted">{step.note}</p> : null}
            </div>
            <Form method="post" action="/kom-godt-i-gang" preventScrollReset className="onboarding__toggle">
              <input type="hidden" name="stepId" value={step.id} />
              <input type="hidden" name="back" value={pathname} />
              <input type="hidden" name="done" value={step.done ? "no" : "yes"} />
              {step.done ? (
                <>
                  <span className="onboarding__done">
                    <CheckIcon /> {onboardingCopy.done}
                  </span>{" "}
                  <button type="submit" className="link-button">
                    {onboardingCopy.undo}
                    <span className="visually-hidden">{onboardingCopy.undoHidden(step.title)}</span>
                  </button>
                </>
              ) : (
                <button type="submit" className="button">
                  {onboardingCopy.markDone}
                  <span className="visually-hidden">{onboardingCopy.markDoneHidden(step.title)}</span>
                </button>
              )}
            </Form>
          </li>
        ))}
      </ol>
    </div>
  );
}
