import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getDb } from "../db.server";
import { markAllThreadsRead } from "../notifications/read-position.server";

export async function loader() {
  return redirect("/?vis=ulaeste");
}

/** "Markér alle som læst" in the Ulæste view: every thread the member has opened is read up to its last post. */
export async function action({ request }: ActionFunctionArgs) {
  const member = await requireMember(request);
  await markAllThreadsRead(getDb(), member.id);
  return redirect("/?vis=ulaeste");
}
