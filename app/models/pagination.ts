export const MAX_PAGE = 10_000;

export interface PageRequest {
  page: number;
  limit: number;
  offset: number;
}

/**
 * Reads ?side=N. Anything that is not a plain positive whole number (-1, 0,
 * 1e308, NaN, repeated parameters) means page 1, so a hand-edited link never errors.
 */
export function readPage(url: URL, perPage: number, param = "side"): PageRequest {
  const raw = url.searchParams.get(param) ?? "";
  const page = /^[1-9][0-9]{0,4}$/.test(raw) ? Math.min(Number(raw), MAX_PAGE) : 1;
  return { page, limit: perPage, offset: (page - 1) * perPage };
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
