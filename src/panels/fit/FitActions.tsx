import { SETTINGS } from '../../experiment/settings';
import { useShallow } from 'zustand/react/shallow';
import { useAppState, useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { EnsembleButton } from '../ensemble/EnsembleButton';

/** Most thinned-network curves on offer. */
export const MAX_GHOSTS = SETTINGS.ghosts.limits.max;

/** The fit panel's display toggles (layers to show and, in compare mode, the layout) and the drawing mode. */
export function FitActions({
  truthAvailable,
  drawing,
  onToggleDrawing,
  ensemble,
  onToggleEnsemble,
}: {
  truthAvailable: boolean;
  drawing: boolean;
  onToggleDrawing: () => void;
  ensemble: boolean;
  onToggleEnsemble: () => void;
}) {
  const { session } = useLab();
  const { showTest, showTruth, compareLayout } = useAppState(
    useShallow((s) => ({ showTest: s.display.showTest, showTruth: s.display.showTruth, compareLayout: s.display.compareLayout })),
  );
  const mcBand = useAppState((s) => s.frameOptions.mcBand);
  const ghosts = useAppState((s) => s.frameOptions.thinnedCurves);
  const compare = useAppState((s) => s.playback.compare);
  // The ensemble view draws its own curves: the fit's toggles wait.
  if (ensemble) return <EnsembleButton on={ensemble} onToggle={onToggleEnsemble} />;
  return (
    <>
      <EnsembleButton on={ensemble} onToggle={onToggleEnsemble} />
      <button type="button" className="fit-draw" aria-pressed={drawing} title={STRINGS.fit.draw.hint} onClick={onToggleDrawing}>
        {drawing ? STRINGS.fit.draw.done : STRINGS.fit.draw.button}
      </button>
      <label className="fit-toggle" title={truthAvailable ? undefined : STRINGS.fit.actions.noTrueFunction}>
        <input
          type="checkbox"
          checked={showTruth && truthAvailable}
          disabled={!truthAvailable}
          onChange={(e) => session.setDisplay({ showTruth: e.currentTarget.checked })}
        />
        {STRINGS.fit.actions.trueFunction}
      </label>
      <label className="fit-toggle">
        <input type="checkbox" checked={showTest} onChange={(e) => session.setDisplay({ showTest: e.currentTarget.checked })} />
        {STRINGS.fit.actions.testPoints}
      </label>
      <label className="fit-toggle" title={STRINGS.fit.actions.mcBandHint}>
        <input type="checkbox" checked={mcBand} onChange={(e) => session.setFrameOptions({ mcBand: e.currentTarget.checked })} />
        {STRINGS.fit.actions.mcBand}
      </label>
      <label className="fit-toggle" title={STRINGS.fit.actions.thinnedHint}>
        {STRINGS.fit.actions.thinned}
        <select value={Math.min(MAX_GHOSTS, Math.max(0, ghosts))} onChange={(e) => session.setFrameOptions({ thinnedCurves: Number(e.currentTarget.value) })}>
          {Array.from({ length: MAX_GHOSTS + 1 }, (_, n) => (
            <option key={n} value={n}>
              {n === 0 ? STRINGS.fit.actions.none : n}
            </option>
          ))}
        </select>
      </label>
      {compare && (
        <label className="fit-toggle" title={STRINGS.fit.actions.overlayHint}>
          <input
            type="checkbox"
            checked={compareLayout === 'overlay'}
            onChange={(e) => session.setDisplay({ compareLayout: e.currentTarget.checked ? 'overlay' : 'side-by-side' })}
          />
          {STRINGS.fit.actions.overlay}
        </label>
      )}
    </>
  );
}
