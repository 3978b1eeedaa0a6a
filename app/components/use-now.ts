import { useRouteLoaderData } from "@remix-run/react";

/** The server's "now" for this page, so relative times render the same on server and browser. */
export function useNow(): string {
  const data = useRouteLoaderData("root") as { now?: string } | undefined;
  return data?.now ?? new Date().toISOString();
}
