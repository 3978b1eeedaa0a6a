/**
 * The child process of the mail crash test: drains the mail outbox through
 * the app's own worker code with a transport that hands the mail to a real
 * SMTP server and then dies by SIGKILL, before the worker can delete the row:
 * the crash between send and mark.
 *
 *   node --import tsx tests/crash/mail-send-then-die.ts DATABASE_FILE_OR_POSTGRES_URL SMTP_URL
 */
import { getDatabase } from "../../app/db.server";
import { createMailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";

const [databasePath, smtpUrl] = process.argv.slice(2);
if (!databasePath || !smtpUrl) {
  console.error("usage: mail-send-then-die.ts DATABASE_FILE SMTP_URL");
  process.exit(2);
}

const { db } = getDatabase(databasePath);
const smtp = createMailTransport({ smtpUrl, dataDir: "unused" });
await drainMailOutbox(
  db,
  {
    async send(mail) {
      await smtp.send(mail);
      process.stdout.write("SENT\n");
      process.kill(process.pid, "SIGKILL");
    },
  },
  { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true },
  { now: () => new Date(Date.now() + 11 * 60_000) },
);
process.stdout.write("NOT KILLED\n");
