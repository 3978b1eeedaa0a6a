import type { Server } from "node:http";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { closeDatabase } from "../db.server";
import type { Env } from "../env.server";
import { sameOriginOnly } from "./request-origin";
import { requestLog } from "./request-log";
import { securityHeaders } from "./security-headers";
import { renewSessions } from "./session-renewal";

export async function startServer(env: Env, buildFile: string): Promise<Server> {
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const secure = env.NODE_ENV === "production" || (env.PUBLIC_ORIGIN?.startsWith("https:") ?? false);

  const app = express();
  app.disable("x-powered-by");
  // Behind one reverse proxy (README, Drift): trust its X-Forwarded-* headers.
  app.set("trust proxy", "loopback");
  app.use(requestLog({ enabled: process.env.REQUEST_LOG !== "false" }));
  app.use(compression());
  app.use(securityHeaders({ secure }));
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(sameOriginOnly({ publicOrigin: env.PUBLIC_ORIGIN }));
  app.use(renewSessions());
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: "production",
      getLoadContext: (req, res) => ({
        cspNonce: String(res.locals.cspNonce ?? ""),
        clientAddress: req.ip ?? "unknown",
        // Only document requests render HTML on the server; Remix data requests carry ?_data.
        postHtml: "_data" in req.query ? undefined : new Map<number, string>(),
      }),
    }),
  );

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(env.PORT, env.HOST, () => resolve(listening));
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.log(`Tværs kører på http://localhost:${port}`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopper – færdiggør igangværende forespørgsler`);
    server.close(() => {
      void closeDatabase(env.DATABASE_PATH).then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return server;
}
