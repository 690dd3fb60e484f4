import type { Sweep } from '../../state/sweep-store';
import { SETTINGS } from '../../experiment/settings';
import type { SweepKind } from '../../experiment/sweep-plan';
import { NumberField } from '../controls/NumberField';
import { Select } from '../controls/Select';
import { useAppState } from '../kit/context';
import { STRINGS } from '../kit/strings';
import { COMPARISON_STRINGS } from './strings-comparison';

const KIND_OPTIONS: ReadonlyArray<{ value: SweepKind; label: string }> = [
  { value: 'p', label: STRINGS.sweep.kinds.p },
  { value: 'n', label: STRINGS.sweep.kinds.n },
  { value: 'regularizers', label: COMPARISON_STRINGS.kind },
];

/** Which sweep, steps per run and seeds (a comparison also folds and grid size; all in the link), with Run, Cancel and the CSV download. */
export function SweepControls({ sweep, canExport, onExport }: { sweep: Sweep; canExport: boolean; onExport(): void }) {
  const settings = sweep.store((s) => s.settings);
  const running = sweep.store((s) => s.status === 'running');
  const config = useAppState((s) => s.config);
  return (
    <div className="sweep-controls">
      <Select label={STRINGS.sweep.against} value={settings.kind} options={KIND_OPTIONS} onChange={(kind) => sweep.setSettings({ kind })} />
      <NumberField
        label={STRINGS.sweep.stepsPerRun}
        value={settings.steps}
        min={SETTINGS.ssteps.limits.min}
        max={SETTINGS.ssteps.limits.max}
        onChange={(steps) => sweep.setSettings({ steps })}
      />
      <NumberField
        label={STRINGS.sweep.seeds}
        value={settings.seeds}
        min={SETTINGS.sseeds.limits.min}
        max={SETTINGS.sseeds.limits.max}
        onChange={(seeds) => sweep.setSettings({ seeds })}
      />
      {settings.kind === 'regularizers' && (
        <>
          <NumberField
            label={COMPARISON_STRINGS.folds}
            value={settings.folds}
            min={SETTINGS.sfolds.limits.min}
            max={SETTINGS.sfolds.limits.max}
            onChange={(folds) => sweep.setSettings({ folds })}
          />
          <NumberField
            label={COMPARISON_STRINGS.grid}
            value={settings.grid}
            min={SETTINGS.sgrid.limits.min}
            max={SETTINGS.sgrid.limits.max}
            onChange={(grid) => sweep.setSettings({ grid })}
          />
        </>
      )}
      <div className="sweep-buttons">
        {running ? (
          <button type="button" onClick={sweep.cancel}>
            {STRINGS.sweep.cancel}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => sweep.start(config)}>
            {STRINGS.sweep.run}
          </button>
        )}
        <button type="button" onClick={onExport} disabled={!canExport}>
          {STRINGS.sweep.downloadCsv}
        </button>
      </div>
    </div>
  );
}
