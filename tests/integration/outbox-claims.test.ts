import { describe, expect, it } from "vitest";
import { getDb } from "../../app/db.server";
import { queueAccountMail } from "../../app/mail/account-mail.server";
import type { MailTransport } from "../../app/mail/transport.server";
import { drainMailOutbox } from "../../app/mail/worker.server";
import { createMember } from "../factories";
import { onPostgres } from "../support/database-file";

const SETTINGS = { origin: "http://tvaers.test", from: "Tværs <ikke-svar@tvaers.test>", excerpts: true };

/**
 * Several app servers drain one outbox on PostgreSQL (issue 20). Two workers
 * run at once here: the first is held inside its first send, holding that
 * row, while the second drains. A recording transport stands in for SMTP
 * (the claim, not the delivery, is under test; mail.test.ts uses a real
 * SMTP server).
 */
describe.skipIf(!onPostgres)(
  "the mail outbox on PostgreSQL, drained by two workers at once (recording transport)",
  () => {
    it("sends every mail once: a row one worker holds is skipped by the other", async () => {
      const db = getDb();
      const member = await createMember();
      for (let i = 0; i < 6; i += 1)
        await queueAccountMail(db, member.id, {
          kind: "password_reset",
          to: `person${i}@example.dk`,
          name: "Person",
          path: `/nulstil/${i}`,
        });
      const sent: string[] = [];
      let releaseFirst = () => {};
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstSendStarted = () => {};
      const firstSending = new Promise<void>((resolve) => (firstSendStarted = resolve));
      let held = false;
      const slow: MailTransport = {
        async send(mail) {
          if (!held) {
            held = true;
            firstSendStarted();
            await firstHeld;
          }
          sent.push(String(mail.to));
        },
      };
      const quick: MailTransport = {
        async send(mail) {
          sent.push(String(mail.to));
        },
      };
      const first = drainMailOutbox(db, slow, SETTINGS);
      await firstSending;
      const second = await drainMailOutbox(db, quick, SETTINGS);
      releaseFirst();
      const firstResult = await first;
      expect(second.sent).toBe(5);
      expect(firstResult.sent).toBe(1);
      expect(sent.sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `person${i}@example.dk`));
      expect(await db.selectFrom("mail_outbox").select("id").execute()).toEqual([]);
    });
  },
);
