import net from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free loopback port that keeps what it receives, read
 * back with mailparser. `state.failing` makes it refuse every message with a
 * temporary error, as during an outage.
 */
export async function startSmtp() {
  const received: ParsedMail[] = [];
  const state = { failing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.failing) return callback(Object.assign(new Error("Midlertidigt nede"), { responseCode: 451 }));
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            received.push(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    received,
    state,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The recipient of a parsed mail as one string. */
export const recipientOf = (mail: ParsedMail | undefined) => (mail?.to && !Array.isArray(mail.to) ? mail.to.text : "");

/** The first link in a mail's plain text that starts with `prefix`. */
export function linkIn(mail: ParsedMail | undefined, prefix: string): string | null {
  const match = new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\S+`).exec(mail?.text ?? "");
  return match ? match[0] : null;
}
