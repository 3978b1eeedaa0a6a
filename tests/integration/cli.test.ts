import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createFirstAdmin } from "../../app/cli/create-admin";
import { getDb } from "../../app/db.server";
import { verifyPassword } from "../../app/auth/password.server";
import { createMember } from "../factories";

const run = promisify(execFile);

describe("tvaers create-admin", () => {
  it("creates the first admin with a one-time password that signs in, and the municipality", async () => {
    const { memberId, password } = await createFirstAdmin(getDb(), {
      email: "Koordinator@Example.dk",
      municipality: "Norddjurs",
    });
    const member = await getDb()
      .selectFrom("member")
      .innerJoin("municipality", "municipality.id", "member.municipality_id")
      .selectAll("member")
      .select("municipality.name as m")
      .where("member.id", "=", memberId)
      .executeTakeFirstOrThrow();
    expect(member).toMatchObject({ email: "koordinator@example.dk", role: "admin", m: "Norddjurs" });
    expect(await verifyPassword(member.password_hash!, password)).toBe(true);
    const events = await getDb().selectFrom("admin_event").selectAll().execute();
    expect(events.map((e) => e.action)).toEqual(["member.created_by_cli"]);
  });

  it("refuses when the network already has an admin", async () => {
    await createMember({ role: "admin" });
    await expect(createFirstAdmin(getDb(), { email: "ny@example.dk", municipality: "Norddjurs" })).rejects.toThrow(
      "already has an administrator",
    );
  });

  it("runs as a command on the database named by DATABASE_PATH", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tvaers-cli-"));
    const databasePath = path.join(dir, "cli.sqlite");
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "app/cli/tvaers.ts", "create-admin", "--email", "a@example.dk", "--municipality", "Aarhus"],
      {
        env: { ...process.env, DATABASE_PATH: databasePath },
      },
    );
    expect(stdout).toContain("Created administrator a@example.dk");
    expect(stdout).toMatch(/One-time password: [a-z2-7]{24}/);
    const second = await run(
      process.execPath,
      ["--import", "tsx", "app/cli/tvaers.ts", "create-admin", "--email", "b@example.dk", "--municipality", "Aarhus"],
      {
        env: { ...process.env, DATABASE_PATH: databasePath },
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(second).toMatchObject({ code: 1 });
    expect((second as { stderr: string }).stderr).toContain("already has an administrator");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
