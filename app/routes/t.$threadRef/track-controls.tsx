import { Form } from "@remix-run/react";
import type { Track } from "../../../db/schema";
import { trackLabels } from "../../copy/da";
import { formatDate } from "../../copy/dates";
import { threadPageCopy } from "../../copy/thread-page";

/** Moving a thread between tracks: a newcomer question that proves broadly useful can go to «Fælles». */
export function TrackControls({
  threadUrl,
  track,
  canMove,
  lastChange,
}: {
  threadUrl: string;
  track: Track;
  canMove: boolean;
  lastChange: { from_track: string; to_track: string; actor_name: string; created_at: string } | null;
}) {
  const tracks: Track[] = ["newcomer", "experienced", "shared"];
  return (
    <div className="track-controls">
      {lastChange ? (
        <p className="muted">
          {threadPageCopy.movedTrack(
            trackLabels[lastChange.from_track as Track],
            trackLabels[lastChange.to_track as Track],
            lastChange.actor_name,
            formatDate(lastChange.created_at),
          )}
        </p>
      ) : null}
      {canMove ? (
        <Form method="post" action={threadUrl} className="row-form" preventScrollReset>
          <input type="hidden" name="intent" value="track" />
          <label htmlFor="flyt-spor">{threadPageCopy.track}</label>
          <select id="flyt-spor" name="track" defaultValue={track}>
            {tracks.map((option) => (
              <option key={option} value={option}>
                {trackLabels[option]}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {threadPageCopy.moveThread}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
