import { loadContext, settle } from "../factories";

type RouteFunction = (args: {
  request: Request;
  params: Record<string, string>;
  context: ReturnType<typeof loadContext>;
}) => Promise<unknown>;

/** A route's loader or action called as the server calls it; its Response, returned or thrown. */
export function callRoute(route: RouteFunction, request: Request, params: Record<string, string> = {}) {
  return settle(() => route({ request, params, context: loadContext() }));
}
