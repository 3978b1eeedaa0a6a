import type { CompiledQuery, Compilable } from "kysely";
import type { DB } from "../db.server";

/**
 * A hot query built and compiled by Kysely once, then run with this request's
 * parameters (issue 19): building and compiling the same query shape on every
 * request cost more than SQLite's work for it. The builder is called once with
 * stand-ins for the arguments; each stand-in's place among the compiled
 * parameters is noted, and later calls put the real arguments there (any
 * other parameter, such as a constant in the query, stays as compiled).
 * SQLite's prepared statement is then reused by the statement cache in
 * db.server.ts, which keys on the SQL text.
 *
 * Only for queries whose shape does not depend on the arguments (no `in` lists
 * of varying length, no optional filters).
 */
export function compiledOnce<Args extends unknown[], Row>(
  build: (db: DB, ...args: Args) => Compilable<Row>,
): (db: DB, ...args: Args) => Promise<Row[]> {
  let compiled: { query: CompiledQuery<Row>; slots: (number | null)[] } | undefined;
  return async (db, ...args) => {
    if (!compiled) {
      const standIns = args.map((_, index) => ({ compiledOnceArgument: index })) as unknown as Args;
      const query = build(db, ...standIns).compile();
      const slots = query.parameters.map((parameter) => {
        const index = standIns.indexOf(parameter);
        return index === -1 ? null : index;
      });
      const used = new Set(slots.filter((slot) => slot !== null));
      if (used.size !== args.length) throw new Error(`compiledOnce: an argument is not a parameter in ${query.sql}`);
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    const parameters = slots.map((slot, index) => (slot === null ? query.parameters[index] : args[slot]));
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  };
}
