import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts", "tests/setup/integration.ts"],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          setupFiles: ["tests/setup/console.ts"],
          environment: "node",
          // One browser and one server per file, one file at a time on this 2-core machine.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "crash",
          include: ["tests/crash/**/*.test.ts"],
          setupFiles: ["tests/setup/console.ts"],
          environment: "node",
          // The child writers need the machine to themselves for the kill timings to mean anything.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 180_000,
        },
      },
    ],
  },
});
