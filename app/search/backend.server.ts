import { getDb } from "../db.server";
import { getEnv } from "../env.server";
import { fts5Backend } from "./fts5/fts5-search.server";
import { meiliConfigFromEnv, meilisearchBackend } from "./meilisearch/meilisearch.server";
import type { SearchBackend } from "./types";

const WARN_EVERY_MS = 60_000;
let lastWarning = 0;

/**
 * Meilisearch, answered from FTS5 whenever Meilisearch fails: the embedded
 * index is kept up to date in every post's transaction whichever backend is
 * configured, so an outage costs ranking quality, not search.
 */
export function withFts5Fallback(primary: SearchBackend, fallback: SearchBackend): SearchBackend {
  return {
    name: primary.name,
    async search(request) {
      try {
        return await primary.search(request);
      } catch (error) {
        if (Date.now() - lastWarning > WARN_EVERY_MS) {
          lastWarning = Date.now();
          console.warn(
            `Search: ${primary.name} failed (${error instanceof Error ? error.message : String(error)}); answering from ${fallback.name}.`,
          );
        }
        return fallback.search(request);
      }
    },
  };
}

/** The configured search backend. */
export function getSearchBackend(): SearchBackend {
  const fts5 = fts5Backend(getDb());
  const meili = meiliConfigFromEnv(getEnv());
  return meili ? withFts5Fallback(meilisearchBackend(meili), fts5) : fts5;
}
