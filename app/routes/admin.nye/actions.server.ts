import { json } from "@remix-run/node";
import { z } from "zod";
import type { CurrentMember } from "../../auth/guards.server";
import { getDb, writeTransaction } from "../../db.server";
import { lineField } from "../../forms/profile-fields";
import { recordAdminEvent } from "../../models/admin-event.server";
import { addOnboardingStep, deleteOnboardingStep, moveOnboardingStep } from "../../models/onboarding.server";
import { pairMunicipalities, unpairMunicipality } from "../../models/pairing.server";
import { readForm } from "../../forms/read-form.server";
import { personalDataError } from "../../privacy/personal-data.server";
import { StorageFaultError } from "../../storage-fault.server";
import { findArticleIdBySlug } from "../../models/article.server";
import { threadExists } from "../../models/thread-heading.server";
import { fieldNames } from "../../copy/forms";
import { isRefusal } from "../../refusal";
import { newcomersAdminActionCopy } from "../../copy/admin-newcomers";

const id = z.coerce.number().int().positive();
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("pair"), newcomerId: id, mentorId: id }),
  z.object({ intent: z.literal("unpair"), newcomerId: id }),
  z.object({
    intent: z.literal("step-add"),
    title: lineField({ label: fieldNames.stepTitle, min: 3, max: 120 }),
    note: z
      .string()
      .max(300, newcomersAdminActionCopy.noteTooLong)
      .transform((s) => s.trim()),
    threadUrl: z.string().max(300).optional(),
  }),
  z.object({ intent: z.literal("step-up"), stepId: id }),
  z.object({ intent: z.literal("step-down"), stepId: id }),
  z.object({ intent: z.literal("step-delete"), stepId: id }),
]);

/** The moderators' newcomer follow-up: pairings and the onboarding path, each change in the audit record. */
export async function handleNewcomerAdminAction(request: Request, moderator: CurrentMember) {
  const parsed = actionSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    return json(
      { error: parsed.error.issues[0]?.message ?? newcomersAdminActionCopy.fillInFields, done: null },
      { status: 400 },
    );
  const change = parsed.data;
  if (change.intent === "step-add") {
    // Every newcomer reads the step's note; the title is checked by lineField.
    const refused = personalDataError(change.note);
    if (refused) return json({ error: refused, done: null }, { status: 400 });
  }
  const db = getDb();
  let threadId: number | null = null;
  let articleId: number | null = null;
  if (change.intent === "step-add" && change.threadUrl) {
    const articleSlug = /\/vidensbank\/([a-z0-9-]+)/.exec(change.threadUrl)?.[1];
    if (articleSlug) {
      const article = await findArticleIdBySlug(db, articleSlug);
      if (article === undefined)
        return json({ error: newcomersAdminActionCopy.articleLinkUnknown, done: null }, { status: 400 });
      articleId = article;
    } else {
      const match = /\/t\/(\d+)/.exec(change.threadUrl) ?? /^(\d+)$/.exec(change.threadUrl.trim());
      const found = match ? Number(match[1]) : null;
      if (found === null || !(await threadExists(db, found)))
        return json({ error: newcomersAdminActionCopy.threadLinkUnknown, done: null }, { status: 400 });
      threadId = found;
    }
  }
  try {
    await writeTransaction(db, async (tx) => {
      const audit = (
        action: string,
        targetType: "municipality" | "settings",
        targetId: number | null,
        detail: Record<string, unknown> = {},
      ) => recordAdminEvent(tx, { actorId: moderator.id, action, targetType, targetId, detail });
      switch (change.intent) {
        case "pair":
          await pairMunicipalities(tx, {
            newcomerId: change.newcomerId,
            mentorId: change.mentorId,
            byId: moderator.id,
          });
          return audit("municipality.paired", "municipality", change.newcomerId, {
            mentorMunicipalityId: change.mentorId,
          });
        case "unpair":
          await unpairMunicipality(tx, change.newcomerId);
          return audit("municipality.unpaired", "municipality", change.newcomerId);
        case "step-add": {
          const stepId = await addOnboardingStep(tx, { title: change.title, note: change.note, threadId, articleId });
          return audit("onboarding.step_added", "settings", stepId, { title: change.title, threadId, articleId });
        }
        case "step-up":
        case "step-down":
          await moveOnboardingStep(tx, change.stepId, change.intent === "step-up" ? "up" : "down");
          return audit("onboarding.step_moved", "settings", change.stepId, { direction: change.intent });
        case "step-delete":
          await deleteOnboardingStep(tx, change.stepId);
          return audit("onboarding.step_removed", "settings", change.stepId);
      }
    });
  } catch (error) {
    if (isRefusal(error)) return json({ error: error.message, done: null }, { status: error.status });
    if (error instanceof StorageFaultError) return json({ error: error.message, done: null }, { status: error.status });
    throw error;
  }
  return json({ error: null, done: newcomersAdminActionCopy.saved });
}
