import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { getOptionalMember } from "../auth/guards.server";
import { draftCopy } from "../copy/everyday";
import { getDb, writeTransaction } from "../db.server";
import { readForm } from "../forms/read-form.server";
import { deleteDraft, saveDraft } from "../models/draft.server";
import { threadExists } from "../models/thread-heading.server";
import { categoryExists } from "../models/category.server";
import { asSentence, notFound } from "../copy/not-found";

export type DraftSaveResponse =
  { status: "saved" | "cleared"; savedAt: string } | { status: "refused" | "signed-out"; message: string };

const saveSchema = z.object({
  threadId: z.union([z.literal(""), z.coerce.number().int().positive()]).transform((id) => (id === "" ? null : id)),
  categoryId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((id) => (id === "" || id === undefined ? null : id)),
  title: z.string().optional(),
  body: z.string(),
});

/**
 * Drafts, saved by the editor while the member types (fetch, JSON answer) and
 * deleted from the profile's «Kladder» list (an ordinary form, redirect back).
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const member = await getOptionalMember(request);
  if (form.get("intent") === "delete") {
    if (!member) throw redirect("/login?redirectTo=%2Fprofil");
    const key = String(form.get("key") ?? "");
    await writeTransaction(getDb(), (tx) => deleteDraft(tx, member.id, key));
    return redirect("/profil?kladde=slettet#kladder");
  }
  // A JSON answer rather than the sign-in redirect: the editor keeps the text and says what happened.
  if (!member) return json<DraftSaveResponse>({ status: "signed-out", message: draftCopy.signedOut }, { status: 401 });
  const parsed = saveSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return json({ status: "refused", message: draftCopy.invalid }, { status: 400 });
  const db = getDb();
  const { threadId, categoryId, title, body } = parsed.data;
  if (threadId !== null && !(await threadExists(db, threadId))) {
    return json<DraftSaveResponse>({ status: "refused", message: asSentence(notFound.thread) }, { status: 404 });
  }
  if (categoryId !== null && !(await categoryExists(db, categoryId))) {
    return json<DraftSaveResponse>({ status: "refused", message: asSentence(notFound.category) }, { status: 400 });
  }
  const at = new Date().toISOString();
  const result = await writeTransaction(db, (tx) =>
    saveDraft(tx, { memberId: member.id, threadId, categoryId, title: title ?? null, body, at }),
  );
  if (result.status === "refused") return json<DraftSaveResponse>(result, { status: 422 });
  return json<DraftSaveResponse>({ status: result.status, savedAt: at });
}

export async function loader() {
  throw new Response(notFound.endpoint, { status: 404 });
}
