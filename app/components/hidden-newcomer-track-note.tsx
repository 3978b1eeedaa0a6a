import { threadListCopy } from "../copy/browse";
/** Said above a thread list when the member chose to hide the newcomer track, with the way to show it. */
export function HiddenNewcomerTrackNote({ hiding }: { hiding: boolean }) {
  if (!hiding) return null;
  return (
    <p className="muted">
      {threadListCopy.hiddenNewcomerTrack} <a href="?spor=ny">{threadListCopy.showNewcomerTrack}</a>
    </p>
  );
}
