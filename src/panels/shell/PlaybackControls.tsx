import { PlayPauseButton } from '../kit/PlayPauseButton';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';

/** Steps per second offered by the speed slider; 0 = as fast as possible. */
export const SPEEDS = [1, 3, 10, 30, 100, 300, 1000, 0] as const;

export function speedLabel(speed: number): string {
  return speed === 0 ? STRINGS.playback.speedMax : STRINGS.playback.stepsPerSecond(speed);
}

function nearestSpeedIndex(speed: number): number {
  if (speed === 0) return SPEEDS.length - 1;
  let best = 0;
  SPEEDS.forEach((s, i) => {
    if (s !== 0 && Math.abs(Math.log(s / speed)) < Math.abs(Math.log(SPEEDS[best] / speed))) best = i;
  });
  return best;
}

export function PlaybackControls() {
  const { session } = useLab();
  const speed = useAppState((s) => s.playback.speed);
  const hideSpeed = useAppState((s) => s.page.hide.includes('speed'));
  const index = nearestSpeedIndex(speed);
  return (
    <div className="playback" role="group" aria-label={STRINGS.playback.group}>
      <PlayPauseButton />
      <button type="button" onClick={() => session.step(1)} title={STRINGS.playback.stepHint}>
        {STRINGS.playback.step}
      </button>
      <button type="button" onClick={() => session.reset()} title={STRINGS.playback.resetHint}>
        {STRINGS.playback.reset}
      </button>
      {!hideSpeed && (
        <label className="speed">
          <span>{STRINGS.playback.speed}</span>
          <input
            type="range"
            min={0}
            max={SPEEDS.length - 1}
            step={1}
            value={index}
            aria-valuetext={speedLabel(SPEEDS[index])}
            onChange={(e) => session.setPlayback({ speed: SPEEDS[Number(e.currentTarget.value)] })}
          />
          <output>{speedLabel(SPEEDS[index])}</output>
        </label>
      )}
    </div>
  );
}
