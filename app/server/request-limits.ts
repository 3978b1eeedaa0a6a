import type { Server } from "node:http";
import type { NextFunction, Request, Response } from "express";

/** Far above the largest legitimate form (a 50,000-character post), far below what could hurt memory. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Refuses bodies that announce themselves as too large before anyone reads them. */
export function bodySizeLimit() {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) {
      res.status(413).type("text/plain; charset=utf-8").set("Connection", "close").send("Det, du sendte, er for stort. Et indlæg må højst være 50.000 tegn.");
      return;
    }
    next();
  };
}

const clientErrors: Record<string, { status: number; reason: string; text: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", text: "Forespørgslens headere er for store. Slet cookies for siden, og prøv igen." },
};

/** Requests Node cannot even parse (oversized headers, garbage) get a Danish answer instead of a bare status line. */
export function answerUnparsableRequests(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const known = (error.code && clientErrors[error.code]) || { status: 400, reason: "Bad Request", text: "Forespørgslen kunne ikke læses." };
    const body = Buffer.from(known.text, "utf8");
    socket.end(`HTTP/1.1 ${known.status} ${known.reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${known.text}`);
  });
}

/** Errors raised before Remix sees the request (a malformed path for the static files, say) answered in Danish. */
export function danishErrors() {
  return (error: { status?: number; statusCode?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) console.error(error);
    const text =
      status === 400 ? "Adressen eller forespørgslen kunne ikke læses. Tjek linket, og prøv igen." : status === 404 ? "Siden findes ikke." : status < 500 ? "Forespørgslen blev afvist." : "Der skete en uventet fejl. Prøv igen om lidt.";
    res.status(status).type("text/plain; charset=utf-8").send(text);
  };
}
