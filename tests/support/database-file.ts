import fs from "node:fs";
import type { SearchRequest } from "../../app/search/types";

/** The test database's bytes as they lie on disk, the main file and its write-ahead log, for "is it gone" checks. */
export function databaseFileBytes(): Buffer {
  const file = process.env.DATABASE_PATH ?? "";
  const parts = [fs.readFileSync(file)];
  if (fs.existsSync(`${file}-wal`)) parts.push(fs.readFileSync(`${file}-wal`));
  return Buffer.concat(parts);
}

/** A search for `q` as the search page asks for it with no filters: first page, by relevance. */
export function searchFor(q: string): SearchRequest {
  return { q, tagSlugs: [], answeredOnly: false, sort: "relevance", page: 1, perPage: 20 };
}
