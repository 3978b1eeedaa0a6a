import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { BODY_MAX } from "../forms/post-input";
import { cleanMultiline } from "../forms/clean-text";
import { renderMarkdown } from "../markdown/render.server";
import { readForm } from "../forms/read-form.server";
import { fieldNames, formCopy } from "../copy/forms";
import { notFound } from "../copy/not-found";

// Live preview for the editor: the same pipeline as saving, so what you see is what gets stored.
export async function action({ request }: ActionFunctionArgs) {
  await requireMember(request);
  const form = await readForm(request);
  const body = form.get("body");
  if (typeof body !== "string") return json({ html: "" });
  if (body.length > BODY_MAX) return json({ html: "", error: formCopy.atMostLong(fieldNames.post, BODY_MAX) });
  return json({ html: renderMarkdown(cleanMultiline(body)) });
}

export async function loader() {
  throw new Response(notFound.endpoint, { status: 404 });
}
