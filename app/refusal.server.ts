import { json } from "@remix-run/node";
import type { Refusal } from "./refusal";

/** A form's answer to a refusal: the route's own fields plus the Danish message, with the refusal's status. */
export function refusalResult<Fields extends object>(refusal: Refusal, fields: Fields) {
  return json({ ...fields, error: refusal.message }, { status: refusal.status });
}

/** A refusal as the plain response a loader or action throws, for routes with no form to show it in. */
export function refusalResponse(refusal: Refusal): Response {
  return new Response(refusal.message, { status: refusal.status });
}
