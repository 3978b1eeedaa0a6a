import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOriginOnly } from "../../app/server/request-origin";

// The real middleware on a real Express server over loopback HTTP.
let server: ReturnType<express.Express["listen"]>;
let base = "";

beforeAll(async () => {
  const app = express();
  app.use(sameOriginOnly({ publicOrigin: "https://tvaers.example.dk" }));
  app.all("*", (_req, res) => res.send("ok"));
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("cross-origin requests", () => {
  it("refuses a POST whose Origin is another site", async () => {
    const response = await fetch(`${base}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: "email=a",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("kom fra et andet websted");
  });

  it("refuses a POST marked cross-site by Sec-Fetch-Site", async () => {
    const response = await fetch(`${base}/login`, { method: "POST", headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(response.status).toBe(403);
  });

  it("refuses an opaque (null) Origin", async () => {
    const response = await fetch(`${base}/login`, { method: "POST", headers: { Origin: "null" } });
    expect(response.status).toBe(403);
  });

  it("allows same-origin POSTs, the public origin, and GETs from anywhere", async () => {
    expect(
      (await fetch(`${base}/login`, { method: "POST", headers: { Origin: base, "Sec-Fetch-Site": "same-origin" } }))
        .status,
    ).toBe(200);
    expect(
      (await fetch(`${base}/login`, { method: "POST", headers: { Origin: "https://tvaers.example.dk" } })).status,
    ).toBe(200);
    expect(
      (await fetch(`${base}/`, { headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } })).status,
    ).toBe(200);
  });
});
