import { useAppState, useLab } from './context';
import { STRINGS } from './strings';

/** Play or Pause, by what the run is doing; a diverged run cannot play on (Reset first). */
export function PlayPauseButton() {
  const { session } = useLab();
  const playing = useAppState((s) => s.playing);
  const diverged = useAppState((s) => s.diverged);
  return (
    <button
      type="button"
      className="primary"
      onClick={() => (playing ? session.pause() : session.play())}
      disabled={diverged && !playing}
      aria-pressed={playing}
    >
      {playing ? STRINGS.playback.pause : STRINGS.playback.play}
    </button>
  );
}
