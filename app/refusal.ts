/**
 * The one way a model says no: a Danish message for the member, the HTTP
 * status the route should answer with, and optionally the form field it is
 * about. Routes turn it into their answer with `refusalResult` (forms) or
 * `refusalResponse` (error pages), both in `refusal.server.ts`; models never
 * throw HTTP `Response`s.
 */
export class Refusal extends Error {
  readonly status: number;
  readonly field: string | undefined;

  constructor(message: string, options: { status?: number; field?: string } = {}) {
    super(message);
    this.name = "Refusal";
    this.status = options.status ?? 400;
    this.field = options.field;
  }
}

export function isRefusal(error: unknown): error is Refusal {
  return error instanceof Refusal;
}
