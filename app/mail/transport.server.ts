import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";

export interface OutgoingMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

/** SMTP through nodemailer (`SMTP_URL`), or without it an .eml file per mail under DATA_DIR/mail/, logged in one line. */
export function createMailTransport(options: {
  smtpUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): MailTransport {
  if (options.smtpUrl) {
    const smtp = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await smtp.sendMail(mail);
      },
    };
  }
  const folder = path.join(options.dataDir, "mail");
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const log = options.log ?? ((line: string) => console.log(line));
  return {
    async send(mail) {
      const info = await files.sendMail(mail);
      fs.mkdirSync(folder, { recursive: true });
      const file = path.join(
        folder,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^a-z0-9-]/gi, "")}.eml`,
      );
      fs.writeFileSync(file, info.message as Buffer);
      log(`Mail til ${mail.to}: «${mail.subject}» gemt i ${file}`);
    },
  };
}
