import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { canAdminister } from "../auth/permissions";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";

// Child routes set their own titles; an error page in the admin area gets one from here.
export const meta: MetaFunction = ({ error }) => (error ? [{ title: errorPageTitle(error) }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireModerator(request);
  return json({ isAdmin: canAdminister(member) });
}

export default function AdminLayout() {
  const { isAdmin } = useLoaderData<typeof loader>();
  return (
    <div className="admin">
      <nav aria-label="Administration" className="track-filter admin__nav">
        <NavLink to="/admin" end>
          Oversigt
        </NavLink>
        <NavLink to="/admin/nye">Nye i netværket</NavLink>
        <NavLink to="/admin/tags">Tags og synonymer</NavLink>
        <NavLink to="/admin/invitationer">Invitationer</NavLink>
        <NavLink to="/admin/flag">Anmeldelser</NavLink>
        {isAdmin ? (
          <>
            <NavLink to="/admin/medlemmer">Medlemmer</NavLink>
            <NavLink to="/admin/kommuner">Kommuner</NavLink>
            <NavLink to="/admin/log">Ændringslog</NavLink>
          </>
        ) : null}
      </nav>
      <Outlet />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
