import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getOptionalMember } from "./auth/guards.server";
import { canAdminister, canModerate } from "./auth/permissions";
import { SiteFooter, SiteHeader, type HeaderMember } from "./components/site-header";
import { EnhancedNavigation } from "./components/enhanced-navigation";
import { useNonce } from "./components/nonce";
import { errorPageCopy, pageTitle, SITE_NAME } from "./copy/pages";
import { errorPageCopy as errorPages } from "./copy/error-pages";
import styles from "./styles/app.css";
import notificationStyles from "./styles/notifications.css";
import pageStyles from "./styles/pages.css";
import liveStyles from "./styles/live.css";
import { getDb } from "./db.server";
import { countUnreadNotifications } from "./notifications/notification.server";
import { currentMinute } from "./render-cache/page-cache.server";
import { siteLayoutCopy } from "./copy/site-layout";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: notificationStyles },
  { rel: "stylesheet", href: pageStyles },
  { rel: "stylesheet", href: liveStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Read by error pages (the routes below root are cut off there) and by routes without a title of their own. */
function errorCopy(error: unknown) {
  if (!isRouteErrorResponse(error)) return errorPageCopy(null, null);
  return errorPageCopy(error.status, typeof error.data === "string" && error.data ? error.data : null);
}

export const meta: MetaFunction = ({ error }) => [{ title: error ? pageTitle(errorCopy(error).title) : SITE_NAME }];

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
  // The start of the minute: relative times need no more, and a page stays the same for the page cache.
  return json({ member: header, now: new Date(currentMinute() * 60_000).toISOString() });
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
          {siteLayoutCopy.skipToContent}
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

function ErrorPage({ title, text }: { title: string; text: string }) {
  return (
    <section className="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{errorPages.frontPageLink}</a>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  const { title, text } = errorCopy(useRouteError());
  return <ErrorPage title={title} text={text} />;
}
