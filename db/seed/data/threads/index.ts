import type { SeedThread } from "../../types";
import { casesThreads } from "./cases";
import { driftThreads } from "./drift";
import { metoderThreads } from "./metoder";
import { nytThreads } from "./nyt";
import { temaerThreads } from "./temaer";

export const demoThreads: SeedThread[] = [...casesThreads, ...temaerThreads, ...metoderThreads, ...driftThreads, ...nytThreads];
