import type { DB } from "../db.server";
import { firstFreeHandle, handleBase } from "./handle";

/** A free @-handle for a new member with this display name ("Mette Holm" → "metteholm", "metteholm2" …). */
export async function freeHandleFor(db: DB, displayName: string): Promise<string> {
  const base = handleBase(displayName);
  const taken = await db.selectFrom("member").select("handle").where("handle", "like", `${base}%`).execute();
  const set = new Set(taken.map((row) => row.handle));
  return firstFreeHandle(base, (handle) => set.has(handle));
}
