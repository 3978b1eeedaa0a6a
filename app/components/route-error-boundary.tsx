import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { errorPageCopy } from "../copy/error-pages";

interface ErrorPageText {
  title: string;
  text: string;
}

/**
 * What an error page says. A 404 names what was missing when the route said
 * so ("Medlemmet findes ikke"); a 403 and other refusals show the route's own
 * Danish message. Errors that are not responses never show their message: it
 * may be English, or carry internals.
 */
export function describeRouteError(error: unknown): ErrorPageText {
  if (!isRouteErrorResponse(error)) return { title: errorPageCopy.unexpectedTitle, text: errorPageCopy.unexpectedText };
  const message = typeof error.data === "string" && error.data.trim() ? error.data.trim() : null;
  if (error.status === 404) return { title: message ?? errorPageCopy.notFoundTitle, text: errorPageCopy.notFoundText };
  if (error.status === 403)
    return { title: errorPageCopy.forbiddenTitle, text: message ?? errorPageCopy.forbiddenText };
  return { title: errorPageCopy.failedTitle(error.status), text: message ?? errorPageCopy.failedText };
}

/** The document title of an error page; route `meta` functions return it when they receive an `error`. */
export function errorPageTitle(error: unknown): string {
  return `${describeRouteError(error).title}${errorPageCopy.siteSuffix}`;
}

/** The ErrorBoundary of a route: the Danish explanation and a way back, inside the site's layout. */
export function RouteErrorBoundary({
  backTo = "/",
  backText = errorPageCopy.frontPageLink,
}: {
  backTo?: string;
  backText?: string;
}) {
  const { title, text } = describeRouteError(useRouteError());
  return (
    <section className="error-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to={backTo}>{backText}</Link>
      </p>
    </section>
  );
}
