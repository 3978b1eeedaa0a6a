import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";

// Unknown paths: signed-out visitors go to sign-in first, so the 404 reveals nothing.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request);
  throw new Response("Siden findes ikke", { status: 404 });
}

export default function NotFound() {
  return null;
}
