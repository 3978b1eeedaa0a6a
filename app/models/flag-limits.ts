/**
 * How many open personal-data flags of one member may hide posts at once. Past
 * that, the member's flag still reaches the moderators' queue but the post stays
 * visible until a moderator acts, so one account cannot blank out the forum.
 * Shared by the server (flag.server.ts) and the thanks shown in the browser.
 */
export const MAX_OPEN_HIDING_FLAGS = 3;
