import { PlayPauseButton } from '../kit/PlayPauseButton';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { EmbedFooter } from './EmbedFooter';

/**
 * An embed's own small bar: play/pause and reset (unless the host hides
 * `playback`), and always the link out to the full lab.
 */
export function EmbedBar({ showPlayback }: { showPlayback: boolean }) {
  const { session } = useLab();
  return (
    <div className="embed-bar">
      {showPlayback && (
        <div className="playback" role="group" aria-label={STRINGS.playback.group}>
          <PlayPauseButton />
          <button type="button" onClick={() => session.reset()} title={STRINGS.playback.resetHint}>
            {STRINGS.playback.reset}
          </button>
        </div>
      )}
      <EmbedFooter />
    </div>
  );
}

/** Where motion is unwelcome an embed does not start by itself: one large Play button over the panels instead. */
export function EmbedPlayCover() {
  const { session } = useLab();
  const waiting = useAppState((s) => !s.playing && s.readouts.step === 0);
  if (!waiting) return null;
  return (
    <div className="embed-play-cover">
      <button type="button" className="primary" onClick={() => session.play()}>
        {STRINGS.embed.play}
      </button>
    </div>
  );
}
