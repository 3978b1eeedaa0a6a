import fs from "node:fs";

/** The test database's bytes as they lie on disk, the main file and its write-ahead log, for "is it gone" checks. */
export function databaseFileBytes(): Buffer {
  const file = process.env.DATABASE_PATH ?? "";
  const parts = [fs.readFileSync(file)];
  if (fs.existsSync(`${file}-wal`)) parts.push(fs.readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}
