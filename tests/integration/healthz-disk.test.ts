import os from "node:os";
import { describe, expect, it } from "vitest";
import { diskSpace } from "../../app/models/disk-space.server";
import { loader as healthz } from "../../app/routes/healthz";

// Read once per process by getEnv(), which nothing has called yet when this file loads: a threshold (100 TB) no test disk meets.
process.env.HEALTH_MIN_FREE_MB = "100000000";

describe("/healthz and free disk space", () => {
  it("says degraded, with the free space and the threshold, when the data directory's file system has less free space than HEALTH_MIN_FREE_MB", async () => {
    const response = await healthz();
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      database: string;
      disk: { status: string; freeBytes: number; minFreeBytes: number };
    };
    expect(body.status).toBe("degraded");
    expect(body.database).toBe("ok");
    expect(body.disk.status).toBe("low");
    expect(body.disk.minFreeBytes).toBe(100_000_000 * 1024 * 1024);
    expect(body.disk.freeBytes).toBeGreaterThan(0);
    expect(body.disk.freeBytes).toBeLessThan(body.disk.minFreeBytes);
  });

  it("measures the free space an ordinary process may use, and says ok above the threshold", async () => {
    const disk = await diskSpace(os.tmpdir(), 1);
    expect(disk.status).toBe("ok");
    expect(disk.freeBytes).toBeGreaterThan(1);
  });
});
