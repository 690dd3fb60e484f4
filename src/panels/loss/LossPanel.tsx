import { ChartTable } from '../kit/ChartTable';
import { lossTable } from '../kit/chart-tables';
import { useAppState, useLab } from '../kit/context';
import { useDeferredAppState } from '../kit/use-deferred-app-state';
import { GapReadout } from './GapReadout';
import { LossLegend } from './LossLegend';
import { LossPlot } from './LossPlot';
import { Panel } from '../kit/Panel';
import { STRINGS } from '../kit/strings';

const toggle = { display: 'inline-flex', alignItems: 'center', gap: '0.3rem', minHeight: 24, cursor: 'pointer' } as const;

/**
 * Train and test MSE against step: training loss keeps falling while the test
 * loss turns up — overfitting — and dropout keeps the two together.
 */
export function LossPanel() {
  const { session } = useLab();
  const compare = useAppState((s) => s.playback.compare);
  const log = useAppState((s) => s.display.logLoss);
  const logSteps = useAppState((s) => s.display.logSteps);
  const showBatch = useAppState((s) => s.display.showBatchLoss);
  const dropout = useDeferredAppState((s) => s.config.dropout);
  return (
    <Panel
      id="loss"
      title={STRINGS.loss.title}
      actions={
        <>
          <GapReadout compare={compare} />
          <label style={toggle}>
            <input type="checkbox" checked={log} onChange={(e) => session.setDisplay({ logLoss: e.currentTarget.checked })} />
            {STRINGS.loss.logScale}
          </label>
          <label style={toggle}>
            <input type="checkbox" checked={logSteps} onChange={(e) => session.setDisplay({ logSteps: e.currentTarget.checked })} />
            {STRINGS.loss.logSteps}
          </label>
          <label style={toggle} title={STRINGS.loss.minibatchHint}>
            <input type="checkbox" checked={showBatch} onChange={(e) => session.setDisplay({ showBatchLoss: e.currentTarget.checked })} />
            {STRINGS.loss.minibatchLoss}
          </label>
        </>
      }
    >
      <LossLegend compare={compare} showBatch={showBatch} dropout={dropout} />
      <LossPlot compare={compare} log={log} logSteps={logSteps} showBatch={showBatch} dropout={dropout} />
      <ChartTable caption={STRINGS.loss.tableCaption} build={lossTable} />
    </Panel>
  );
}
