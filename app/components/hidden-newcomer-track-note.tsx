/** Said above a thread list when the member chose to hide the newcomer track, with the way to show it. */
export function HiddenNewcomerTrackNote({ hiding }: { hiding: boolean }) {
  if (!hiding) return null;
  return (
    <p className="muted">
      Sporet «Ny i netværket» er skjult efter dit valg. <a href="?spor=ny">Vis spørgsmål fra nye</a>
    </p>
  );
}
