import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

// A console.error during a test is a failure the test did not look for: an
// unhandled rejection in a worker, a React warning, a swallowed exception.
// Tests that provoke one on purpose spy on console.error themselves.
let errors: string[] = [];
let spy: { mockRestore(): void } | undefined;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  // The test may have restored it already; restoring twice is harmless.
  spy?.mockRestore();
  spy = undefined;
  const seen = errors;
  errors = [];
  if (seen.length > 0) throw new Error(`console.error during the test:\n${seen.join("\n")}`);
});
