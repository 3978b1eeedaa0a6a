import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { getDb } from "../db.server";
import { listOpenInvitations } from "../models/invitation.server";

export const meta: MetaFunction = () => [{ title: "Moderation – Tværs" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireModerator(request);
  const db = getDb();
  const [invitations, members] = await Promise.all([
    listOpenInvitations(db),
    db.selectFrom("member").where("disabled_at", "is", null).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst(),
  ]);
  return json({ isAdmin: member.role === "admin", openInvitations: invitations.length, activeMembers: Number(members?.n ?? 0) });
}

export default function AdminOverview() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{data.isAdmin ? "Administration" : "Moderation"}</h1>
      <dl className="facts">
        <div>
          <dt>Aktive medlemmer</dt>
          <dd>{data.activeMembers}</dd>
        </div>
        <div>
          <dt>Åbne invitationer</dt>
          <dd>{data.openInvitations}</dd>
        </div>
      </dl>
      <ul>
        <li>
          <Link to="/admin/nye">Nye i netværket</Link> – svartider, ubesvarede spørgsmål, mentorkommuner og forløbet «Kom godt i gang».
        </li>
        <li>
          <Link to="/admin/invitationer">Invitér en kollega</Link> – moderatorer og administratorer kan invitere nye medlemmer.
        </li>
        {data.isAdmin ? (
          <>
            <li>
              <Link to="/admin/medlemmer">Medlemmer</Link> – skift rolle, flyt kommune, deaktivér og genaktivér.
            </li>
            <li>
              <Link to="/admin/kommuner">Kommuner</Link> – tilføj, omdøb, sæt indmeldelsesdato og erfaring.
            </li>
            <li>
              <Link to="/admin/log">Ændringslog</Link> – hvem ændrede hvad og hvornår.
            </li>
            <li>
              <a href="/admin/vidensbank-eksport" download data-reload>
                Eksportér Vidensbanken
              </a>{" "}
              – de udgivne artikler som Markdown-filer i en zip.
            </li>
          </>
        ) : null}
      </ul>
    </>
  );
}
