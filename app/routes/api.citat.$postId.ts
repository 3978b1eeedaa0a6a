import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { getOptionalMember } from "../auth/guards.server";
import { quoteCopy } from "../copy/everyday";
import { getDb } from "../db.server";
import { findQuote } from "../models/quote.server";
import { apiSignInCopy } from "../copy/permissions-and-limits";

// «Citér» with JavaScript: the quote's Markdown, inserted at the cursor of the reply box without reloading the page.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const member = await getOptionalMember(request);
  if (!member) return json({ error: apiSignInCopy.quote }, { status: 401 });
  const postId = Number(params.postId);
  const quote = Number.isSafeInteger(postId) && postId > 0 ? await findQuote(getDb(), postId) : undefined;
  if (!quote) return json({ error: quoteCopy.notFound }, { status: 404 });
  return json({ text: quote.text }, { headers: { "Cache-Control": "no-store" } });
}
