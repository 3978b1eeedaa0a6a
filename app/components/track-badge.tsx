import type { Track } from "../../db/schema";
import { trackLabels } from "../copy/da";

export function TrackBadge({ track }: { track: Track }) {
  return <span className={`badge badge--track badge--${track}`}>{trackLabels[track]}</span>;
}
