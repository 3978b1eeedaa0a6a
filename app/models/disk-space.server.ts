import fs from "node:fs/promises";

export interface DiskSpace {
  status: "ok" | "low";
  freeBytes: number;
  minFreeBytes: number;
}

/**
 * Free space on the file system holding `directory` (the database and its
 * WAL), as an unprivileged process may use it (`bavail`, not `bfree`: the
 * blocks reserved for root are not ours). Below `minFreeBytes` the forum
 * still runs, but the next long thread or backup may fill the disk.
 */
export async function diskSpace(directory: string, minFreeBytes: number): Promise<DiskSpace> {
  const stats = await fs.statfs(directory);
  const freeBytes = Number(stats.bavail) * Number(stats.bsize);
  return { status: freeBytes < minFreeBytes ? "low" : "ok", freeBytes, minFreeBytes };
}
