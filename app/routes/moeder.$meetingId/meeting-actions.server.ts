import { json, redirect } from "@remix-run/node";
import type { CurrentMember } from "../../auth/guards.server";
import { canManageMeetings } from "../../auth/permissions";
import { meetingCopy } from "../../copy/meetings";
import { getDb, writeTransaction } from "../../db.server";
import { meetingIntentSchema, proposalSchema } from "../../forms/meeting-input";
import type { FieldErrors } from "../../forms/post-input";
import { personalDataFieldErrors, personalDataIssue } from "../../privacy/personal-data.server";
import { readForm } from "../../forms/read-form.server";
import {
  addOpeningRound,
  decideAgendaItem,
  moveAgendaItem,
  planAgendaItem,
  proposeAgendaItem,
  publishAgenda,
  toggleAgendaSupport,
} from "../../models/agenda.server";
import { setAttendance } from "../../models/meeting.server";
import { completeMeetingAction } from "../../models/minutes.server";
import { isRefusal, Refusal } from "../../refusal";
import { findAgendaItemMeetingId } from "../../models/agenda.server";
import { threadModerationCopy } from "../../copy/thread-moderation";

export interface MeetingActionResult {
  intent: string;
  itemId: number | null;
  values: { title: string; description: string; reason: string };
  fieldErrors: FieldErrors;
  personalDataWarning: string | null;
  error: string | null;
  done: string | null;
}

const MODERATOR_INTENTS = new Set(["accept", "decline", "move", "plan", "opening-round", "publish"]);

/** Every form on the meeting page; moderator intents are refused to members before anything is read from the database. */
export async function handleMeetingAction(request: Request, member: CurrentMember, meetingId: number) {
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const itemId = Number(form.get("itemId")) || null;
  const values = {
    title: String(form.get("title") ?? "").slice(0, 500),
    description: String(form.get("description") ?? "").slice(0, 3_000),
    reason: String(form.get("reason") ?? "").slice(0, 1_000),
  };
  const answer = (partial: Partial<MeetingActionResult>, status: number) =>
    json<MeetingActionResult>(
      { intent, itemId, values, fieldErrors: {}, personalDataWarning: null, error: null, done: null, ...partial },
      { status },
    );
  const db = getDb();
  const back = `/moeder/${meetingId}`;

  try {
    if (intent === "propose") {
      const parsed = proposalSchema.safeParse({
        title: values.title,
        description: values.description,
        threadId: String(form.get("threadId") ?? ""),
      });
      if (!parsed.success) return answer({ fieldErrors: parsed.error.flatten().fieldErrors }, 400);
      const guard = personalDataIssue(
        [
          { field: "title", value: parsed.data.title },
          { field: "description", value: parsed.data.description },
        ],
        form.get("confirmPersonalData") === "yes",
      );
      if (Object.keys(guard.fieldErrors).length > 0) return answer({ fieldErrors: guard.fieldErrors }, 400);
      if (guard.warning) return answer({ personalDataWarning: guard.warning }, 409);
      await writeTransaction(db, (tx) => proposeAgendaItem(tx, { meetingId, proposerId: member.id, ...parsed.data }));
      return answer({ done: meetingCopy.proposed, values: { title: "", description: "", reason: "" } }, 200);
    }

    const parsed = meetingIntentSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success)
      return answer(
        {
          fieldErrors: parsed.error.flatten().fieldErrors as FieldErrors,
          error: parsed.error.issues[0]?.message ?? null,
        },
        400,
      );
    const change = parsed.data;
    const textErrors = personalDataFieldErrors({
      reason: "reason" in change ? change.reason : null,
      presenter: "presenter" in change ? change.presenter : null,
    });
    if (Object.keys(textErrors).length > 0)
      return answer({ fieldErrors: textErrors, error: Object.values(textErrors)[0]?.[0] ?? null }, 400);
    if (MODERATOR_INTENTS.has(change.intent) && !canManageMeetings(member))
      throw new Refusal(threadModerationCopy.moderatorsOnly, { status: 403 });
    if ("itemId" in change) await assertItemOfMeeting(change.itemId, meetingId);

    switch (change.intent) {
      case "attend":
        await writeTransaction(db, (tx) => setAttendance(tx, meetingId, member.id, change.answer));
        return answer({ done: meetingCopy.saved }, 200);
      case "support":
        await writeTransaction(db, (tx) => toggleAgendaSupport(tx, change.itemId, member.id));
        return redirect(`${back}#punkt-${change.itemId}`);
      case "accept":
        await writeTransaction(db, (tx) =>
          decideAgendaItem(tx, { itemId: change.itemId, decision: "accept", reason: "", moderatorId: member.id }),
        );
        return redirect(`${back}#punkt-${change.itemId}`);
      case "decline":
        await writeTransaction(db, (tx) =>
          decideAgendaItem(tx, {
            itemId: change.itemId,
            decision: "decline",
            reason: change.reason,
            moderatorId: member.id,
          }),
        );
        return redirect(`${back}#forslag`);
      case "move":
        await writeTransaction(db, (tx) => moveAgendaItem(tx, change.itemId, change.direction, member.id));
        return redirect(`${back}#punkt-${change.itemId}`);
      case "plan":
        await writeTransaction(db, (tx) =>
          planAgendaItem(tx, {
            itemId: change.itemId,
            durationMinutes: change.durationMinutes,
            presenter: change.presenter,
            moderatorId: member.id,
          }),
        );
        return redirect(`${back}#punkt-${change.itemId}`);
      case "opening-round":
        await writeTransaction(db, (tx) => addOpeningRound(tx, meetingId, member.id));
        return redirect(`${back}#dagsorden`);
      case "publish":
        await writeTransaction(db, (tx) => publishAgenda(tx, meetingId, member.id));
        return redirect(`${back}#dagsorden`);
      case "complete-action":
        await writeTransaction(db, (tx) => completeMeetingAction(tx, change.actionId, member));
        return redirect(`${back}#handlinger`);
      case "calendar-feed":
        return answer({ error: null }, 400);
    }
  } catch (error) {
    if (!isRefusal(error)) throw error;
    if (error.status === 403 || error.status === 404) throw new Response(error.message, { status: error.status });
    return answer(
      error.field ? { fieldErrors: { [error.field]: [error.message] } } : { error: error.message },
      error.status,
    );
  }
}

async function assertItemOfMeeting(itemId: number, meetingId: number): Promise<void> {
  if ((await findAgendaItemMeetingId(getDb(), itemId)) !== meetingId)
    throw new Refusal(meetingCopy.itemNotFound, { status: 404 });
}
