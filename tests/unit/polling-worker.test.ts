import { describe, expect, it, vi } from "vitest";
import { startPollingWorker } from "../../app/polling-worker.server";

describe("startPollingWorker", () => {
  it("runs a round at once and again straight away while rounds report more work", async () => {
    let rounds = 0;
    const stop = startPollingWorker({
      name: "Test",
      // A pause no test would wait out: only «more work» can bring the next rounds.
      intervalMs: 3_600_000,
      log: () => {},
      round: async () => {
        rounds += 1;
        return rounds < 3;
      },
    });
    await vi.waitFor(() => expect(rounds).toBe(3), { timeout: 5_000, interval: 5 });
    await stop();
    expect(rounds).toBe(3);
  });

  it("logs a round that throws, keeps polling and stops cleanly", async () => {
    const log: string[] = [];
    let rounds = 0;
    const stop = startPollingWorker({
      name: "Test",
      intervalMs: 1,
      maxBackOffMs: 4,
      log: (line) => log.push(line),
      round: async () => {
        rounds += 1;
        if (rounds <= 3) throw new Error(`fejl ${rounds}`);
      },
    });
    await vi.waitFor(() => expect(rounds).toBeGreaterThanOrEqual(5), { timeout: 5_000, interval: 5 });
    await stop();
    const after = rounds;
    expect(log).toEqual(["Test: fejl 1", "Test: fejl 2", "Test: fejl 3"]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(rounds).toBe(after);
  });

  it("waits for the round in flight before stop resolves", async () => {
    let release = () => {};
    const stop = startPollingWorker({
      name: "Test",
      intervalMs: 3_600_000,
      log: () => {},
      round: () => new Promise<void>((resolve) => (release = resolve)),
    });
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
  });
});
