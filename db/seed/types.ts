/**
 * Shapes of the deterministic demo network. Content is fixed; timestamps are
 * relative to the moment the seed runs so that "newcomer" municipalities and
 * "recent" threads stay newcomers and recent whenever someone clones the repo.
 */
export type Track = "newcomer" | "experienced" | "shared";
export type Experience = "newcomer" | "experienced";
export type SiteRole = "member" | "moderator" | "admin";

export interface SeedMunicipality {
  slug: string;
  name: string;
  region: string;
  /** A fixed date (YYYY-MM-DD) for long-standing members, or months before the seed runs for newcomers. */
  joined: string | { monthsAgo: number };
  experienceOverride?: Experience;
}

export interface SeedCategory {
  slug: string;
  name: string;
  description: string;
}

export interface SeedTag {
  slug: string;
  label: string;
  kind: "case" | "theme";
  description: string;
}

export interface SeedMember {
  /** Stable key used by threads to name authors. */
  key: string;
  email: string;
  displayName: string;
  profession: string;
  municipality: string; // municipality slug
  role: SiteRole;
  experienceOverride?: Experience;
}

export interface SeedPost {
  author: string; // member key
  /** Markdown body. */
  body: string;
  /** Hours after the thread was started (the first post uses 0). */
  hoursAfterStart: number;
}

export interface SeedThread {
  title: string;
  category: string; // category slug
  track: Track;
  tags: string[]; // tag slugs
  /** Days before the seed runs that the thread was started. */
  startedDaysAgo: number;
  pinned?: boolean;
  locked?: boolean;
  /** Index into posts of the reply the author accepted as the solution ("Løsning"). */
  solution?: number;
  /** posts[0] is the opening post; its author is the thread's author. */
  posts: SeedPost[];
}
