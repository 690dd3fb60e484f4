import { formatP } from '../../experiment/p-format';
import { mainPList } from '../../experiment/main-p';
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { N_GRID, P_GRID, sweepPlan } from '../../experiment/sweep-plan';
import type { Sweep } from '../../state/sweep-store';
import { saveBlob } from '../export/download';
import { useAppState, useLab } from '../kit/context';
import { formatValue } from '../loss/ticks';
import { Panel } from '../kit/Panel';
import { planText, valueText, verdictText } from './labels';
import { ComparisonView } from './ComparisonView';
import { SweepChart } from './SweepChart';
import { SweepControls } from './SweepControls';
import { SweepLegend } from './SweepLegend';
import { closeAction, SweepProgressOf } from './SweepProgress';
import { SweepTable } from './SweepTable';
import { bestPoint, dropoutVerdicts, type SweepPoint, summarize } from './summary';
import { sweepCsv, sweepFileName } from './sweep-csv';
import './sweep.css';
import { STRINGS } from '../kit/strings';

/** The sweep view: the grid sweep's, or the regularizer comparison's (issue 16) when the settings ask for it. */
export function SweepView({ sweep, onClose }: { sweep: Sweep; onClose?: () => void }) {
  const comparing = sweep.store((s) => s.settings.kind === 'regularizers');
  return comparing ? <ComparisonView sweep={sweep} onClose={onClose} /> : <GridSweepView sweep={sweep} onClose={onClose} />;
}

/**
 * Sweeps: the final test loss against the drop probability p, or against the
 * number of training points N without and with dropout, over several seeds.
 * Runs on a pool of workers beside the training one; the chart fills in as runs finish; a click on a
 * point loads its p (and N) into the main view.
 */
function GridSweepView({ sweep, onClose }: { sweep: Sweep; onClose?: () => void }) {
  const { session } = useLab();
  const config = useAppState((s) => s.config);
  const settings = sweep.store((s) => s.settings);
  const { plan, results, status } = sweep.store(useShallow((s) => ({ plan: s.plan, results: s.results, status: s.status })));
  const [loaded, setLoaded] = useState('');

  // The chart shows the last sweep; before the first one, the empty axes of the sweep the settings describe.
  const next = sweepPlan(config, settings);
  const kind = plan?.kind ?? next.kind;
  const grid = plan?.values ?? (kind === 'p' ? P_GRID : N_GRID);
  const series = useMemo(() => (plan === null ? [] : summarize(plan, results)), [plan, results]);
  const best = kind === 'p' ? bestPoint(series[0]?.points ?? []) : null;
  const verdict = plan?.kind === 'n' ? verdictText(dropoutVerdicts(series), plan.series[1] ?? 0) : null;
  const zero = kind === 'p' ? series[0]?.points.find((p) => p.value === 0) : undefined;

  const load = (point: SweepPoint) => {
    const dropout = mainPList(config.hiddenLayers.length, point.p);
    session.setConfig(kind === 'n' ? { dropout, n: point.value } : { dropout });
    const what = kind === 'p' ? valueText('p', point.p) : STRINGS.sweep.nAndP(point.value, formatP(point.p));
    setLoaded(STRINGS.sweep.loaded(what, kind === 'n'));
  };

  const exportCsv = () => {
    if (plan === null) return;
    saveBlob(new Blob([sweepCsv(plan.kind, results)], { type: 'text/csv' }), sweepFileName(plan.kind));
  };

  const title = STRINGS.sweep.title[kind];
  const emptyText = status === 'running' ? STRINGS.sweep.firstRun : STRINGS.sweep.willTrain(planText(next));
  return (
    <Panel id="sweep" title={title} className="sweep-panel" actions={closeAction(onClose)}>
      <SweepControls sweep={sweep} canExport={plan !== null && results.length > 0} onExport={exportCsv} />
      <p className="hint sweep-plan">
        {STRINGS.sweep.planHint(planText(next))}
        {next.kind === 'n' &&
          ((config.dropout[0] ?? 0) > 0 ? STRINGS.sweep.mainP(formatP(next.series[1] ?? 0)) : STRINGS.sweep.standIn(formatP(next.series[1] ?? 0)))}
      </p>
      <SweepProgressOf sweep={sweep} />
      <SweepLegend kind={kind} series={plan?.series ?? next.series} seeds={plan?.seeds ?? settings.seeds} />
      <SweepChart kind={kind} grid={grid} series={series} best={best} emptyText={emptyText} provisional={status === 'running'} onLoad={load} />
      <p className="sweep-summary">
        {best !== null &&
          STRINGS.sweep.lowest(
            status === 'running',
            valueText('p', best.value),
            formatValue(best.test.mean),
            zero !== undefined && zero !== best ? formatValue(zero.test.mean) : null,
          )}
        {verdict !== null && `${verdict} `}
        {series.some((s) => s.points.length > 0) && STRINGS.sweep.clickHint}
      </p>
      <p className="sweep-loaded" role="status">
        {loaded}
      </p>
      <SweepTable kind={kind} series={series} />
    </Panel>
  );
}
