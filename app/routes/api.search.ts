import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requireMember } from "../auth/guards.server";
import { getSearchBackend } from "../search/index.server";
import { readSearchRequest } from "../search/query/search-request";
import { searchHitJson } from "../search/types";
import { apiSignInCopy } from "../copy/permissions-and-limits";

// GET /api/search?q=… with the search page's parameters, for signed-in members.
export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request).catch(() => null);
  if (!member) return json({ error: apiSignInCopy.search }, { status: 401 });
  const search = readSearchRequest(new URL(request.url).searchParams);
  const response = await getSearchBackend().search(search);
  return json(
    {
      total: response.total,
      results: response.results.map(searchHitJson),
      didYouMean: response.didYouMean,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
