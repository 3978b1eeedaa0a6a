// Limits of the Vidensbank article form, shared by the form the browser renders and the server's parsing
// (a value imported from a *.server module is undefined in the browser, and the hydrated form then differs).
export const SUMMARY_MAX = 20_000;
export const KEY_POINTS_MAX = 20;
export const KEY_POINT_MAX = 300;
export const MAX_ARTICLE_TAGS = 8;
export const MAX_ARTICLE_SOURCES = 100;
