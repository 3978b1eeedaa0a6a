import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { safeRedirectPath } from "../auth/safe-redirect";
import { OnboardingPath } from "../components/front/onboarding-path";
import { getDb, writeTransaction } from "../db.server";
import { listOnboardingSteps, setStepDone } from "../models/onboarding.server";
import { findPairings } from "../models/pairing.server";
import { readForm } from "../forms/read-form.server";
import { isRefusal, Refusal } from "../refusal";
import { refusalResponse } from "../refusal.server";
import { onboardingCopy } from "../copy/onboarding";

export const meta: MetaFunction = () => [{ title: onboardingCopy.title }];

const stepSchema = z.object({ stepId: z.coerce.number().int().positive(), done: z.enum(["yes", "no"]) });

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request);
  const db = getDb();
  const [steps, pairings] = await Promise.all([
    listOnboardingSteps(db, member.id),
    findPairings(db, member.municipality_id),
  ]);
  return json({ steps, mentor: pairings.mentor, newcomer: member.experience === "newcomer" });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  const form = Object.fromEntries(await readForm(request));
  const parsed = stepSchema.safeParse(form);
  if (!parsed.success) throw refusalResponse(new Refusal(onboardingCopy.invalidStep));
  try {
    await writeTransaction(getDb(), (tx) => setStepDone(tx, member.id, parsed.data.stepId, parsed.data.done === "yes"));
  } catch (error) {
    // The page has no form to show a refusal in; an unknown step answers as an error page.
    if (isRefusal(error)) throw refusalResponse(error);
    throw error;
  }
  // Back to where the member ticked it off: the front page or this page.
  return redirect(safeRedirectPath(form.back, new URL(request.url).origin, "/kom-godt-i-gang"));
}

export default function OnboardingPage() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{onboardingCopy.heading}</h1>
      <p className="lead">{onboardingCopy.lead}</p>
      {data.mentor ? (
        <p className="notice">
          {onboardingCopy.mentorIs} <a href={`/kommune/${data.mentor.slug}`}>{data.mentor.name}</a>
          {onboardingCopy.mentorSeesFirst}
        </p>
      ) : null}
      <OnboardingPath steps={data.steps} />
    </>
  );
}
