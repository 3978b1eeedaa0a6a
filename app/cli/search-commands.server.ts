import fs from "node:fs";
import type { DB } from "../db.server";
import { getSearchBackend, rebuildIndex } from "../search/index.server";
import { readSearchRequest } from "../search/query/search-request";
import { searchHitJson } from "../search/types";
import { importArchive } from "./import-archive.server";

/** A one-line progress bar on stderr, redrawn in place. */
export function progressBar(label: string) {
  let last = -1;
  return (done: number, total: number) => {
    const share = total ? done / total : 1;
    const percent = Math.floor(share * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const width = 30;
    const filled = Math.round(share * width);
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
    );
    if (done >= total) process.stderr.write("\n");
  };
}

export async function runImport(db: DB, file: string): Promise<string> {
  const raw = fs.readFileSync(file, "utf8");
  const result = await importArchive(db, raw, new Date(), progressBar("Importerer"));
  return `Imported ${result.threads} threads and ${result.posts} posts from ${file} (${result.createdMembers} placeholder members created).`;
}

export async function runSearch(query: string, options: { json: boolean; limit: number }): Promise<string> {
  const request = { ...readSearchRequest(new URLSearchParams({ q: query })), perPage: options.limit };
  const response = await getSearchBackend().search(request);
  if (options.json) {
    return JSON.stringify(
      {
        total: response.total,
        results: response.results.map(searchHitJson),
      },
      null,
      2,
    );
  }
  const plain = (html: string) =>
    html
      .replace(/<\/?mark>/g, "*")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const lines = [`${response.total} threads${response.didYouMean ? ` (mente du: ${response.didYouMean})` : ""}`];
  for (const [index, hit] of response.results.entries()) {
    lines.push(
      `${index + 1}. ${hit.title}${hit.answered ? " [besvaret]" : ""} — ${hit.municipality} — ${hit.url}`,
      `   ${plain(hit.snippet)}`,
    );
  }
  return lines.join("\n");
}

export async function runReindex(db: DB): Promise<string> {
  const started = Date.now();
  const count = await rebuildIndex(db, progressBar("Genindekserer"));
  return `Reindexed ${count} posts in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
}
