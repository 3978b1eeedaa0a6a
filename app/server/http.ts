import cluster from "node:cluster";
import fs from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { closeDatabase, getDatabase, getSqlite, startWalCheckpoints } from "../db.server";
import { meiliConfigFromEnv, settleSearchOutbox, startSearchOutboxWorker } from "../search/index.server";
import { startNotificationWorker } from "../notifications/worker.server";
import { startMailWorker } from "../mail/worker.server";
import { closeAllLiveStreams } from "../live/hub.server";
import { createMailTransport } from "../mail/transport.server";
import type { Env } from "../env.server";
import { sameOriginOnly } from "./request-origin";
import { answerUnparsableRequests, bodySizeLimit, danishErrors } from "./request-limits";
import { remixRequestHandler } from "./remix-handler";
import { requestLog } from "./request-log";
import { securityHeaders } from "./security-headers";
import { renewSessions } from "./session-renewal";
import { servePagesFromCache, sqliteVersion } from "./page-cache";
import { addPeerSender, isPeerEvent, receiveFromPeer } from "../peers/peer-events.server";
import { startPostgresPeers } from "../peers/postgres-peers.server";
import { PEER_MESSAGE } from "./cluster";

const WAL_CHECKPOINT_INTERVAL_MS = 30_000;

/**
 * `<DATA_DIR>/tvaers.pid` holds the server's process id while it runs, so
 * `tvaers restore` can refuse to swap the database under a live forum. The
 * name is repeated in app/cli/restore.server.ts, which must not load Express.
 */
function writePidFile(dataDir: string): () => void {
  const file = path.join(dataDir, "tvaers.pid");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    try {
      // Only our own: a second server started on the same directory has overwritten it.
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file);
    } catch {
      // already gone
    }
  };
}

/** The forum's work outside requests; returns its stop. */
function startBackgroundWork(env: Env, port: number): () => Promise<void> {
  const sqlite = getSqlite(env.DATABASE);
  // PostgreSQL checkpoints by itself.
  const stopWalCheckpoints = sqlite ? startWalCheckpoints(sqlite, WAL_CHECKPOINT_INTERVAL_MS) : () => {};
  // Decided here, once, so no transaction consults the environment; the worker starts nothing unless it is on.
  settleSearchOutbox(env);
  const stopSearchOutbox = startSearchOutboxWorker({
    db: getDatabase(env.DATABASE).db,
    meili: meiliConfigFromEnv(env),
  });
  const stopNotifications = startNotificationWorker({ db: getDatabase(env.DATABASE).db });
  const stopMail = startMailWorker({
    db: getDatabase(env.DATABASE).db,
    transport: createMailTransport({ smtpUrl: env.SMTP_URL, dataDir: env.DATA_DIR }),
    settings: {
      origin: env.PUBLIC_ORIGIN ?? `http://localhost:${port}`,
      from: env.MAIL_FROM,
      excerpts: env.MAIL_EXCERPTS,
    },
  });
  return async () => {
    stopWalCheckpoints();
    await Promise.all([stopSearchOutbox(), stopNotifications(), stopMail()]);
  };
}

/**
 * Other server processes of the same forum hear of thread changes and
 * render-cache purges (app/peers): the cluster's other workers through the
 * primary, other app servers on the same PostgreSQL through LISTEN/NOTIFY.
 */
async function connectPeers(env: Env): Promise<() => Promise<void>> {
  const stops: (() => void | Promise<void>)[] = [];
  if (cluster.isWorker) {
    stops.push(addPeerSender((event) => process.send?.({ [PEER_MESSAGE]: event })));
    process.on("message", (message: unknown) => {
      const event =
        typeof message === "object" && message !== null ? (message as Record<string, unknown>)[PEER_MESSAGE] : null;
      if (isPeerEvent(event)) receiveFromPeer(event);
    });
  }
  const open = getDatabase(env.DATABASE);
  if (open.dialect === "postgres") stops.push(await startPostgresPeers(env.DATABASE, open.pool));
  return async () => {
    for (const stop of stops) await stop();
  };
}

export interface ServerRole {
  /** Runs the WAL checkpoints and the search, notification and mail workers: exactly one process of a forum does. */
  background: boolean;
  /** Writes DATA_DIR/tvaers.pid: the process `tvaers restore` must see (the cluster's primary when WORKERS > 1). */
  pidFile: boolean;
}

export async function startServer(
  env: Env,
  buildFile: string,
  role: ServerRole = { background: true, pidFile: true },
): Promise<Server> {
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const secure = env.NODE_ENV === "production" || (env.PUBLIC_ORIGIN?.startsWith("https:") ?? false);

  const app = express();
  app.disable("x-powered-by");
  // Behind one reverse proxy (README, Drift): trust its X-Forwarded-* headers.
  app.set("trust proxy", "loopback");
  app.use(requestLog({ enabled: process.env.REQUEST_LOG !== "false" }));
  app.use(compression());
  app.use(securityHeaders({ secure }));
  // A missing build asset is a 404, not a trip through the app to the sign-in page.
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", fallthrough: false }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(sameOriginOnly({ publicOrigin: env.PUBLIC_ORIGIN }));
  app.use(bodySizeLimit());
  app.use(renewSessions());
  app.use(servePagesFromCache(sqliteVersion(getSqlite(env.DATABASE))));
  const handleWithRemix = remixRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: String(res.locals.cspNonce ?? ""),
      clientAddress: req.ip ?? "unknown",
      // Only document requests render HTML on the server; Remix data requests carry ?_data.
      postHtml: "_data" in req.query ? undefined : new Map<number, string>(),
    }),
  });
  // Remix answers its own errors; an escaped rejection still reaches Express's error handler.
  app.all("*", (req, res, next) => {
    handleWithRemix(req, res, next).catch(next);
  });

  app.use(danishErrors());

  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(env.PORT, env.HOST, () => resolve(listening));
  });
  server.keepAliveTimeout = 65_000;
  answerUnparsableRequests(server);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  console.log(`Tværs kører på http://localhost:${port}`);
  const background = role.background ? startBackgroundWork(env, port) : () => Promise.resolve();
  const stopPeers = await connectPeers(env);
  if (role.pidFile) {
    const removePidFile = writePidFile(env.DATA_DIR);
    // Also on the forced exit below and on uncaught errors; only SIGKILL leaves the file behind.
    process.on("exit", removePidFile);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopper – færdiggør igangværende forespørgsler`);
    // Open thread pages' event streams would keep server.close() waiting until the forced exit.
    closeAllLiveStreams();
    server.close(() => {
      void background()
        .then(stopPeers)
        .then(() => closeDatabase(env.DATABASE))
        .then(() => process.exit(0));
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  return server;
}
