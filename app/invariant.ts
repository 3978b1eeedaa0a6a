/**
 * Keeps loaders flat: answers with `message` (Danish, shown on the error page)
 * and `status` when `condition` does not hold, and narrows its type when it does.
 */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status?: number } = {},
): asserts condition {
  if (!condition) throw new Response(message, { status: init.status ?? 400 });
}
