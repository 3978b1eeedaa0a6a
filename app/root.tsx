import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getOptionalMember } from "./auth/guards.server";
import { canAdminister, canModerate } from "./auth/permissions";
import { SiteFooter, SiteHeader, type HeaderMember } from "./components/site-header";
import { EnhancedNavigation } from "./components/enhanced-navigation";
import { errorPageTitle, RouteErrorBoundary } from "./components/route-error-boundary";
import { useNonce } from "./components/nonce";
import styles from "./styles/app.css";
import notificationStyles from "./styles/notifications.css";
import { getDb } from "./db.server";
import { countUnreadNotifications } from "./notifications/notification.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: notificationStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// Routes set their own titles; an error that reaches the root still gets one.
export const meta: MetaFunction = ({ error }) => (error ? [{ title: errorPageTitle(error) }] : []);

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await getOptionalMember(request);
  const header: HeaderMember | null = member
    ? {
        id: member.id,
        name: member.display_name,
        role: member.role,
        experience: member.experience,
        isMentor: member.is_mentor,
        moderates: canModerate(member),
        administers: canAdminister(member),
        unreadNotifications: await countUnreadNotifications(getDb(), member.id),
      }
    : null;
  return json({ member: header, now: new Date().toISOString() });
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#indhold">
          Spring til indholdet
        </a>
        <SiteHeader member={data?.member ?? null} />
        <main id="indhold" className="page">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return (
    <>
      <EnhancedNavigation />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  return <RouteErrorBoundary />;
}
