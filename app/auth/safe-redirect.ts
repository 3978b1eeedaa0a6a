/** Longer than any path of the forum with its query; anything longer is not a link we made. */
export const MAX_REDIRECT_LENGTH = 2_048;

// Backslashes (browsers read them as slashes), ASCII control characters (browsers drop tab and newlines inside URLs) and DEL.
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

function looksUnsafe(path: string): boolean {
  return !path.startsWith("/") || path.startsWith("//") || UNSAFE_CHARACTERS.test(path);
}

/**
 * The redirect target taken from input (`redirectTo`, `back` …) if it stays
 * on this site, else `fallback`. The check is the browser's own: the value is
 * resolved with the WHATWG URL parser against `origin` and must keep that
 * origin, and what is returned is the parser's path, query and fragment, so
 * the Location header holds only ASCII (a character beyond Latin-1 there made
 * the sign-in answer 500) and a path that dot segments turn into `//host` is
 * caught. Values with backslashes or control characters are refused before
 * parsing, and again after one round of percent-decoding, for proxies that
 * decode.
 */
export function safeRedirectPath(
  value: FormDataEntryValue | string | null | undefined,
  origin: string,
  fallback = "/",
): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_REDIRECT_LENGTH) return fallback;
  if (looksUnsafe(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (looksUnsafe(decoded)) return fallback;
  let site: URL;
  let target: URL;
  try {
    site = new URL(origin);
    target = new URL(value, site);
  } catch {
    return fallback;
  }
  if (target.origin !== site.origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  return looksUnsafe(path) ? fallback : path;
}
