import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { canSeeMentorQueue } from "../auth/permissions";
import { FormError } from "../components/forms/field";
import { MentorQueueList } from "../components/front/mentor-queue-list";
import { useNow } from "../components/use-now";
import { getDb, writeTransaction } from "../db.server";
import { claimQuestion, listMentorQueue, releaseClaim } from "../models/mentoring.server";
import { readForm } from "../forms/read-form.server";
import { StorageFaultError } from "../storage-fault.server";
import { isRefusal, Refusal } from "../refusal";
import { refusalResponse, refusalResult } from "../refusal.server";
import { mentorQueueCopy } from "../copy/mentor-queue";
import { formCopy } from "../copy/forms";

export const meta: MetaFunction = () => [{ title: mentorQueueCopy.title }];

const claimSchema = z.object({ intent: z.enum(["claim", "release"]), threadId: z.coerce.number().int().positive() });

async function requireMentor(request: Request) {
  const member = await requireMember(request);
  if (!canSeeMentorQueue(member)) {
    throw refusalResponse(new Refusal(mentorQueueCopy.mentorsOnly, { status: 403 }));
  }
  return member;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMentor(request);
  const all = new URL(request.url).searchParams.get("alle") === "1";
  const queue = await listMentorQueue(getDb(), { id: member.id, municipalityId: member.municipality_id }, { all });
  return json({ items: queue.items, themed: queue.themed, all, viewerId: member.id });
}

export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMentor(request);
  const parsed = claimSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return json({ error: formCopy.notUnderstood }, { status: 400 });
  try {
    await writeTransaction(getDb(), (tx) =>
      parsed.data.intent === "claim"
        ? claimQuestion(tx, parsed.data.threadId, member.id)
        : releaseClaim(tx, parsed.data.threadId, member.id),
    );
  } catch (error) {
    if (isRefusal(error)) return refusalResult(error, {});
    if (error instanceof StorageFaultError) return json({ error: error.message }, { status: error.status });
    throw error;
  }
  return json({ error: null });
}

export default function MentorQueuePage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const now = useNow();
  return (
    <>
      <h1>{mentorQueueCopy.heading}</h1>
      <p className="lead">{mentorQueueCopy.lead}</p>
      <nav aria-label={mentorQueueCopy.show} className="track-filter">
        <Link to="/mentorkoe" aria-current={!data.all ? "true" : undefined}>
          {mentorQueueCopy.myThemes}
        </Link>
        <Link to="/mentorkoe?alle=1" aria-current={data.all ? "true" : undefined}>
          {mentorQueueCopy.allUnanswered}
        </Link>
      </nav>
      {!data.all && !data.themed ? (
        <p className="muted">
          {mentorQueueCopy.noThemes} <Link to="/profil">{mentorQueueCopy.chooseThemes}</Link>.
        </p>
      ) : null}
      <FormError message={result?.error} />
      <MentorQueueList items={data.items} now={now} viewerId={data.viewerId} />
    </>
  );
}
