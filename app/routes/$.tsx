import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { errorPageCopy } from "../copy/error-pages";

// Unknown paths: signed-out visitors go to sign-in first, so the 404 reveals nothing.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  throw new Response(errorPageCopy.notFoundTitle, { status: 404 });
}

export default function NotFound() {
  return null;
}
