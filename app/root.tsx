import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
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
import styles from "./styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

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

function ErrorPage({ title, text }: { title: string; text: string }) {
  return (
    <section className="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">Gå til forsiden</a>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) {
    return <ErrorPage title="Der skete en uventet fejl" text="Prøv igen om lidt. Hvis fejlen bliver ved, så kontakt netværkets koordinator." />;
  }
  const message = typeof error.data === "string" && error.data ? error.data : null;
  if (error.status === 404) return <ErrorPage title="Siden findes ikke" text="Vi kunne ikke finde den side, du ledte efter. Den kan være flyttet eller slettet." />;
  if (error.status === 403) return <ErrorPage title="Ingen adgang" text={message ?? "Du har ikke adgang til denne side."} />;
  return <ErrorPage title={`Der skete en fejl (${error.status})`} text={message ?? "Forespørgslen kunne ikke gennemføres."} />;
}
