import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { comparisonRunConfig, comparisonWork, type RegularizerMethod } from '../../experiment/regularizers-plan';
import type { Sweep } from '../../state/sweep-store';
import { saveBlob } from '../export/download';
import { useAppState, useLab } from '../kit/context';
import { Panel } from '../kit/Panel';
import { STRINGS } from '../kit/strings';
import { ComparisonChart } from './ComparisonChart';
import { ComparisonLegend } from './ComparisonLegend';
import { ComparisonTable } from './ComparisonTable';
import { comparisonCsv, COMPARISON_CSV_NAME } from './comparison-csv';
import { type SeedPoint, summarizeMethods } from './comparison-stats';
import { comparisonSentence } from './comparison-summary';
import { SweepControls } from './SweepControls';
import { closeAction, SweepProgressOf } from './SweepProgress';
import { COMPARISON_STRINGS as S } from './strings-comparison';
import './sweep.css';

/**
 * The regularizer comparison (issue 16): each method tunes its knob on
 * validation folds of the training points, retrains on all of them, and only
 * then meets the test set. The chart shows every seed's test MSE per method;
 * a point loads that method's run for that seed into the main view.
 */
export function ComparisonView({ sweep, onClose }: { sweep: Sweep; onClose?: () => void }) {
  const { session } = useLab();
  const config = useAppState((s) => s.config);
  const settings = sweep.store((s) => s.settings);
  const { comparison, base, status } = sweep.store(useShallow((s) => ({ comparison: s.comparison, base: s.base, status: s.status })));
  const [loaded, setLoaded] = useState('');
  const final = useMemo(() => comparison?.final ?? [], [comparison]);
  const summaries = useMemo(() => summarizeMethods(final), [final]);
  const sentence = comparisonSentence(final, status === 'running', summaries);
  const seeds = comparison?.settings.seeds ?? settings.seeds;
  const work = comparisonWork(config, settings);
  const runs = work.tuneRuns + work.finalRuns;

  const load = (method: RegularizerMethod, point: SeedPoint) => {
    if (base === null) return;
    const run = comparisonRunConfig(base, point.result);
    session.set({
      config: { dropout: run.dropout, scheme: run.scheme, l2: run.l2, n: run.n, seed: run.seed },
      playback: { stopAt: point.result.steps },
    });
    setLoaded(S.loaded(S.names[method], S.knob(method, point.result.value, point.result.steps), point.seedIndex + 1));
  };

  const exportCsv = () => {
    if (final.length === 0) return;
    saveBlob(new Blob([comparisonCsv(final)], { type: 'text/csv' }), COMPARISON_CSV_NAME);
  };

  const tuning = status === 'running' && comparison?.stage === 'tune';
  const emptyText = tuning ? S.tuning(comparison.tune.length, comparison.work.tuneRuns) : status === 'running' ? STRINGS.sweep.firstRun : S.willTrain(runs);
  return (
    <Panel id="sweep" title={S.title} className="sweep-panel" actions={closeAction(onClose)}>
      <SweepControls sweep={sweep} canExport={final.length > 0} onExport={exportCsv} />
      <p className="hint sweep-plan">{S.plan(settings.seeds, settings.folds, settings.grid, settings.steps.toLocaleString('en-US'), runs)}</p>
      <SweepProgressOf sweep={sweep} />
      <ComparisonLegend seeds={seeds} />
      <ComparisonChart summaries={summaries} seeds={seeds} emptyText={emptyText} onLoad={load} />
      <p className="sweep-summary" data-testid="comparison-summary">
        {sentence !== null && `${sentence} `}
        {summaries.length > 0 && S.clickHint}
      </p>
      <p className="sweep-loaded" role="status">
        {loaded}
      </p>
      <ComparisonTable summaries={summaries} />
    </Panel>
  );
}
