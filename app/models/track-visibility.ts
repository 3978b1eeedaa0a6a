import type { Experience, Track } from "../../db/schema";

export type TrackChoice = Track | "all" | undefined;

export interface Viewer {
  experience: Experience;
  hideNewcomerTrack: boolean;
}

/**
 * Which tracks a list shows. Newcomers always see everything. Experienced
 * members see the experienced and shared discussions first on the front page,
 * and never the newcomer track in any list if they chose to hide it — unless
 * they pick that track explicitly.
 */
export function tracksToList(viewer: Viewer, choice: TrackChoice, place: "front" | "list"): Track[] | undefined {
  if (choice && choice !== "all") return [choice];
  if (viewer.experience === "newcomer") return undefined;
  if (viewer.hideNewcomerTrack) return ["experienced", "shared"];
  if (choice === "all" || place === "list") return undefined;
  return ["experienced", "shared"];
}
