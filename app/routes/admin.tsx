import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireModerator } from "../auth/guards.server";
import { canAdminister } from "../auth/permissions";
import { errorPageTitle, RouteErrorBoundary } from "../components/route-error-boundary";
import { adminAreaCopy } from "../copy/admin-area";

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
      <nav aria-label={adminAreaCopy.heading} className="track-filter admin__nav">
        <NavLink to="/admin" end>
          {adminAreaCopy.overview}
        </NavLink>
        <NavLink to="/admin/nye">{adminAreaCopy.newcomers}</NavLink>
        <NavLink to="/admin/tags">{adminAreaCopy.tags}</NavLink>
        <NavLink to="/admin/invitationer">{adminAreaCopy.invitations}</NavLink>
        <NavLink to="/admin/flag">{adminAreaCopy.flags}</NavLink>
        {isAdmin ? (
          <>
            <NavLink to="/admin/medlemmer">{adminAreaCopy.members}</NavLink>
            <NavLink to="/admin/kommuner">{adminAreaCopy.municipalities}</NavLink>
            <NavLink to="/admin/log">{adminAreaCopy.log}</NavLink>
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
