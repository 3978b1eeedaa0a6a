import { Link, useLocation } from "@remix-run/react";
import { paginationCopy } from "../copy/browse";

function hrefFor(search: string, pathname: string, page: number): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete("side");
  else params.set("side", String(page));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Stable links (?side=2) so every page can be bookmarked and works without JavaScript. */
export function Pagination({
  page,
  pages,
  label = paginationCopy.label,
}: {
  page: number;
  pages: number;
  label?: string;
}) {
  const { pathname, search } = useLocation();
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link to={hrefFor(search, pathname, page - 1)} rel="prev">
          {paginationCopy.previous}
        </Link>
      ) : null}
      <ul>
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - (numbers[i - 1] ?? n) > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <Link to={hrefFor(search, pathname, n)} aria-label={paginationCopy.page(n)}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pages ? (
        <Link to={hrefFor(search, pathname, page + 1)} rel="next">
          {paginationCopy.next}
        </Link>
      ) : null}
    </nav>
  );
}
